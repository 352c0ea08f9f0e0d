import { randomBytes } from 'node:crypto';

/**
 * An index name no other test run uses, since the cluster may be shared (a reused `es:start` node, ES_URL,
 * parallel Jest workers). Lowercase, as Elasticsearch requires: `<prefix>-<pid>-<random hex>`.
 */
export function uniqueIndexName(prefix: string): string {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(prefix)) {
    throw new Error(`uniqueIndexName: prefix must be lowercase letters, digits, "-" or "_", got "${prefix}"`);
  }
  return `${prefix}-${process.pid}-${randomBytes(4).toString('hex')}`;
}
