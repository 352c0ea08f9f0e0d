import type { Direction } from '../../../common/model/direction';
import { deriveSeed, mix32, mulberry32Step } from '../prng';
import type { ConversationPlan } from './conversation_plan';
import type { SampleSignature } from './outbreak_spec';

/** One generated IDS alert, before it is written in a concrete format (ECS, eve.json). */
export interface SampleAlertEvent {
  /** Deterministic and unique within the dataset: `<prefix>-<conversation>-<n>`; the Elasticsearch `_id`. */
  readonly id: string;
  /** Epoch ms, UTC. */
  readonly timestamp: number;
  readonly signature: SampleSignature;
  readonly sourceIp: string;
  readonly sourcePort: number;
  readonly destinationIp: string;
  readonly destinationPort: number;
  readonly direction: Direction;
  /** Suricata-style flow id (< 2^52): shared by the alerts of one conversation that use the same client port. */
  readonly flowId: number;
}

export interface GenerateOutbreakEventsOptions {
  readonly seed: number;
  /** Prefix of event ids; different datasets loaded side by side need different prefixes. */
  readonly idPrefix: string;
}

const SMB_PORT = 445;

/**
 * Expands every conversation into its alerts and yields them in timestamp order (ties: conversation order).
 *
 * Method: each conversation emits its first alert at first seen, its last at last seen, and the rest as the
 * order statistics of uniforms on (first, last), drawn ascending one at a time (the next of r remaining points
 * is cur + (last − cur)(1 − U^(1/r))), so a conversation needs O(1) state. A binary heap merges the
 * conversations by next timestamp. Each conversation draws from its own mulberry32 stream seeded from
 * (seed, conversation index), so the output does not depend on the merge order.
 * Cost: O(E log C) time for E events over C conversations; O(C) memory (about 40 bytes per conversation).
 */
export function* generateOutbreakEvents(plan: ConversationPlan, options: GenerateOutbreakEventsOptions): Generator<SampleAlertEvent> {
  const n = plan.count;
  const next = new Float64Array(n);
  const emitted = new Int32Array(n);
  const state = new Uint32Array(n);
  const heap = new Int32Array(n);
  let size = 0;

  const less = (a: number, b: number): boolean => next[a] < next[b] || (next[a] === next[b] && a < b);
  const siftDown = (from: number): void => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const r = l + 1;
      const c = r < size && less(heap[r], heap[l]) ? r : l;
      if (!less(heap[c], heap[i])) return;
      const tmp = heap[c];
      heap[c] = heap[i];
      heap[i] = tmp;
      i = c;
    }
  };

  for (let i = 0; i < n; i += 1) {
    if (plan.observations[i] < 1) throw new Error(`generateOutbreakEvents: conversation ${i} has ${plan.observations[i]} observations`);
    if (plan.observations[i] === 1 && plan.lastSeen[i] !== plan.firstSeen[i]) {
      throw new Error(`generateOutbreakEvents: conversation ${i} has one observation but a non-zero OTR`);
    }
    next[i] = plan.firstSeen[i];
    state[i] = deriveSeed(options.seed, i);
    heap[size] = i;
    size += 1;
  }
  for (let i = (size >> 1) - 1; i >= 0; i -= 1) siftDown(i);

  while (size > 0) {
    const c = heap[0];
    const k = emitted[c];
    const total = plan.observations[c];
    const signature = plan.signatures[plan.signatureIndex[c]];

    let u: number;
    [u, state[c]] = mulberry32Step(state[c]);
    const clientPort = 49152 + Math.floor(u * 16384);
    const flowSeed = mix32(deriveSeed(c, clientPort));
    const flowId = (flowSeed & 0xfffff) * 4294967296 + mix32(flowSeed);
    yield {
      id: `${options.idPrefix}-${c}-${k}`,
      timestamp: Math.round(next[c]),
      signature,
      sourceIp: plan.sourceIp[c],
      sourcePort: signature.fromServer ? SMB_PORT : clientPort,
      destinationIp: plan.destinationIp[c],
      destinationPort: signature.fromServer ? clientPort : SMB_PORT,
      direction: plan.direction[c],
      flowId,
    };

    emitted[c] = k + 1;
    if (k + 1 >= total) {
      size -= 1;
      heap[0] = heap[size];
    } else if (k + 2 === total) {
      next[c] = plan.lastSeen[c];
    } else {
      [u, state[c]] = mulberry32Step(state[c]);
      const remaining = total - 2 - k;
      next[c] += (plan.lastSeen[c] - next[c]) * (1 - Math.pow(u, 1 / remaining));
    }
    siftDown(0);
  }
}
