import type {
  ConversationProblem,
  InvalidAddressConversationProblem,
  InvalidEventConversationProblem,
  InvalidGroupConversationProblem,
} from '../model/conversation_problem';

const MAX_EXAMPLES = 5;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** Merges problems by kind, field and value (or reason), so each is listed once with its counts. */
export class ConversationProblemCollector {
  readonly #byKey = new Map<string, Mutable<ConversationProblem>>();

  add(problem: ConversationProblem): void {
    const key = problemKey(problem);
    const existing = this.#byKey.get(key);
    if (existing === undefined) {
      this.#byKey.set(key, copy(problem));
      return;
    }
    if (existing.kind === 'invalid_address' && problem.kind === 'invalid_address') {
      existing.conversations += problem.conversations;
      existing.observations += problem.observations;
    } else if (existing.kind === 'invalid_event' && problem.kind === 'invalid_event') {
      existing.events += problem.events;
      addExamples(existing.examples, problem.examples);
    } else if (existing.kind === 'invalid_group' && problem.kind === 'invalid_group') {
      existing.conversations += problem.conversations;
      addExamples(existing.examples, problem.examples);
    }
  }

  addEvent(field: InvalidEventConversationProblem['field'], reason: string, example: string): void {
    this.add({ kind: 'invalid_event', field, reason, events: 1, examples: [example] });
  }

  /** In first-seen order. */
  toArray(): ConversationProblem[] {
    return [...this.#byKey.values()];
  }
}

function problemKey(problem: ConversationProblem): string {
  switch (problem.kind) {
    case 'invalid_address':
      return `a\u0000${problem.field}\u0000${problem.value}`;
    case 'invalid_event':
      return `e\u0000${problem.field}\u0000${problem.reason}`;
    case 'invalid_group':
      return `g\u0000${problem.field}\u0000${problem.reason}`;
  }
}

function copy(problem: ConversationProblem): Mutable<ConversationProblem> {
  if (problem.kind === 'invalid_address') return { ...(problem as InvalidAddressConversationProblem) };
  if (problem.kind === 'invalid_event') {
    return { ...(problem as InvalidEventConversationProblem), examples: problem.examples.slice(0, MAX_EXAMPLES) };
  }
  return { ...(problem as InvalidGroupConversationProblem), examples: problem.examples.slice(0, MAX_EXAMPLES) };
}

function addExamples(target: string[], more: readonly string[]): void {
  for (const example of more) {
    if (target.length >= MAX_EXAMPLES) return;
    target.push(example);
  }
}
