import { DuckDBInstance } from '@duckdb/node-api';
import type { TableCatalogue } from './build_request';
import { buildRecordedDirectionsSql, parseRecordedDirections } from './recorded_direction_sql';

const catalogue: TableCatalogue = {
  table: 'alerts',
  from: 'events',
  fields: new Map([
    ['conversation', { expression: '"conversation"', kind: 'text' }],
    ['network.direction', { expression: '"network"."direction"', kind: 'text' }],
  ]),
};

/** Runs the aggregate over a real DuckDB table: per conversation, the values of network.direction. */
async function recordedPerConversation(field: string): Promise<Record<string, string[]>> {
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const connection = await instance.connect();
    await connection.run(
      `CREATE TABLE events AS SELECT conversation, {'direction': direction} AS network FROM (VALUES ` +
        `('a', 'outbound'), ('a', 'outbound'), ('a', 'unknown'), ('a', 'internal'), ('a', 'internal'), ('a', 'internal'), ` +
        `('b', NULL), ('c', 'inbound'), ('d', 'z'), ('d', 'y'), ('d', 'x')) v(conversation, direction)`,
    );
    const reader = await connection.runAndReadAll(
      `SELECT conversation, ${buildRecordedDirectionsSql(catalogue, field)} AS recorded_directions FROM events GROUP BY 1 ORDER BY 1`,
    );
    return Object.fromEntries(reader.getRowObjectsJS().map((row) => [String(row.conversation), parseRecordedDirections(row.recorded_directions)]));
  } finally {
    instance.closeSync();
  }
}

describe('buildRecordedDirectionsSql', () => {
  it('gives each group its two most frequent values, count descending then value ascending, none for no value', async () => {
    expect(await recordedPerConversation('network.direction')).toEqual({ a: ['internal', 'outbound'], b: [], c: ['inbound'], d: ['x', 'y'] });
  });

  it('gives no values for a field the dataset lacks (as a terms aggregation on an unmapped field)', async () => {
    expect(await recordedPerConversation('direction')).toEqual({ a: [], b: [], c: [], d: [] });
  });
});

describe('parseRecordedDirections', () => {
  it('names the column when the value is not a list of strings', () => {
    expect(() => parseRecordedDirections(3)).toThrow('column "recorded_directions" is not a list of strings');
    expect(parseRecordedDirections(['outbound'])).toEqual(['outbound']);
  });
});
