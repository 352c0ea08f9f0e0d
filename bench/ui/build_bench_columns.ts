/**
 * The conversations the UI bench draws, as the conversations route returns them (columns):
 *   outbreak         computeConversations over the 2,461,337 ECS documents of createSampleDocuments('outbreak')
 *                    (what `load-sample` indexes), parsed back from their JSON: 4,818 conversations;
 *   scaled-100k      the first 100,000 rows of the scaled outbreak's plan (buildScaledOutbreakPlan over those
 *                    4,818, 21 tiles, alerts at the scaled sample's density of ~10 a conversation). Tiles share
 *                    their timeline, so OTRs repeat 21 times and observations are scaled down;
 *   spread-100k      scaled-100k with each conversation's OTR and observations moved by a deterministic
 *                    factor in e^[−0.5, 0.5] (observations stay integers): about 5× as many distinct
 *                    positions, a harder case for the grid than the tiles' repeats.
 * The outbreak's conversations are cached in .cache/bench_ui/ (a few seconds to rebuild).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConversationColumns } from '../../common/api/conversations';
import { computeConversations } from '../../common/conversations/compute_conversations';
import type { AlertEvent } from '../../common/model/alert_event';
import type { Conversation } from '../../common/model/conversation';
import { buildScaledOutbreakPlan, createSampleDocuments, SAMPLE_DATASETS, SCALED_OUTBREAK_DEFAULTS } from '../../server/sample_data';
import type { ConversationPlan } from '../../server/sample_data';

export const BENCH_DATASETS = ['outbreak', 'scaled-100k', 'spread-100k'] as const;
export type BenchDatasetId = (typeof BENCH_DATASETS)[number];

const SCALED_ROWS = 100_000;

interface EcsAlertDocument {
  readonly '@timestamp': string;
  readonly rule: { readonly id: string; readonly name: string };
  readonly source: { readonly ip: string };
  readonly destination: { readonly ip: string };
}

function toAlertEvent(source: string): AlertEvent {
  const doc = JSON.parse(source) as EcsAlertDocument;
  return { timestamp: Date.parse(doc['@timestamp']), signatureId: doc.rule.id, signature: doc.rule.name, sourceIp: doc.source.ip, destinationIp: doc.destination.ip };
}

function* alertEvents(): Generator<AlertEvent> {
  for (const document of createSampleDocuments('outbreak').documents) yield toAlertEvent(document.source);
}

/** The outbreak's conversations from its documents (cached by seed). */
export function loadOutbreakConversations(cacheDir: string, log: (message: string) => void): Conversation[] {
  const seed = SAMPLE_DATASETS.outbreak.defaultSeed;
  const file = join(cacheDir, `outbreak_conversations_${seed}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Conversation[];
  log('computing the outbreak conversations from its 2,461,337 documents (once; cached in .cache/bench_ui)');
  const { conversations, problems } = computeConversations(alertEvents());
  if (problems.length > 0) throw new Error(`the outbreak sample has problems: ${JSON.stringify(problems.slice(0, 3))}`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(conversations));
  return conversations;
}

export function toColumns(conversations: readonly Conversation[]): ConversationColumns {
  return {
    signature_id: conversations.map((c) => c.signatureId),
    signature_name: conversations.map((c) => c.signature),
    source_ip: conversations.map((c) => c.sourceIp),
    destination_ip: conversations.map((c) => c.destinationIp),
    first_seen: conversations.map((c) => c.firstSeen),
    last_seen: conversations.map((c) => c.lastSeen),
    otr_seconds: conversations.map((c) => c.otrSeconds),
    observations: conversations.map((c) => c.observations),
    direction: conversations.map((c) => c.direction),
  };
}

function planRowsToColumns(plan: ConversationPlan, rows: number): ConversationColumns {
  const indices = Array.from({ length: Math.min(rows, plan.count) }, (_, i) => i);
  return {
    signature_id: indices.map((i) => plan.signatures[plan.signatureIndex[i]].id),
    signature_name: indices.map((i) => plan.signatures[plan.signatureIndex[i]].name),
    source_ip: indices.map((i) => plan.sourceIp[i]),
    destination_ip: indices.map((i) => plan.destinationIp[i]),
    first_seen: indices.map((i) => plan.firstSeen[i]),
    last_seen: indices.map((i) => plan.lastSeen[i]),
    otr_seconds: indices.map((i) => (plan.lastSeen[i] - plan.firstSeen[i]) / 1000),
    observations: indices.map((i) => plan.observations[i]),
    direction: indices.map((i) => plan.direction[i]),
  };
}

/** A value in [−1, 1] from (row, axis): the same integer hash for every run. */
function spread(row: number, axis: number): number {
  return ((Math.imul((row * 2 + axis) ^ 0x2c1b3c6d, 2246822519) >>> 0) / 0xffffffff) * 2 - 1;
}

function moveEveryPoint(columns: ConversationColumns): ConversationColumns {
  const otr = columns.otr_seconds.map((s, i) => (s === 0 ? 0 : Math.max(1, Math.round(s * Math.exp(0.5 * spread(i, 0))))));
  return {
    ...columns,
    otr_seconds: otr,
    last_seen: columns.first_seen.map((first, i) => first + otr[i] * 1000),
    observations: columns.observations.map((n, i) => Math.max(otr[i] === 0 ? 1 : 2, Math.round(n * Math.exp(0.5 * spread(i, 1))))),
  };
}

export function buildBenchColumns(cacheDir: string, log: (message: string) => void): Record<BenchDatasetId, ConversationColumns> {
  const outbreak = loadOutbreakConversations(cacheDir, log);
  const tiles = Math.ceil(SCALED_ROWS / outbreak.length);
  const observations = Math.round((SCALED_OUTBREAK_DEFAULTS.observations * tiles) / SCALED_OUTBREAK_DEFAULTS.tiles);
  const plan = buildScaledOutbreakPlan(outbreak, { tiles, observations, seed: SAMPLE_DATASETS['outbreak-scaled'].defaultSeed });
  const scaled = planRowsToColumns(plan, SCALED_ROWS);
  return { outbreak: toColumns(outbreak), 'scaled-100k': scaled, 'spread-100k': moveEveryPoint(scaled) };
}
