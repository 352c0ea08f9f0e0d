/** How a file lays out its records. */
export type FileLayout = 'ndjson' | 'json_array' | 'zeek_tsv' | 'csv';

/** Whose records they are, which decides the dataset a file joins and its timestamp field. */
export type FileFlavor = 'suricata_eve' | 'ecs' | 'zeek' | 'json' | 'csv';

export interface DetectedFormat {
  readonly layout: FileLayout;
  readonly flavor: FileFlavor;
  /** Zeek's log path (`http`, `conn`…) from the `#path` header, the `_path` key or the file name. */
  readonly zeekPath?: string;
}

/**
 * Detects a file's format from its first (decompressed) bytes and its name.
 * - `#separator` on the first line: Zeek TSV.
 * - `[` first: a JSON array (Suricata's alerts-only exports); `{` first: NDJSON.
 * - JSON flavour by the keys of the first record: `event_type` → Suricata eve; `@timestamp` → ECS;
 *   `ts` with `uid` or `id.orig_h` → Zeek JSON; anything else → plain JSON.
 * - Otherwise CSV with a header line.
 * Cost: one pass over `head` (the caller reads at most a few tens of kilobytes).
 */
export function detectFileFormat(head: string, fileName: string): DetectedFormat {
  const text = head.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (text.startsWith('#separator')) {
    const path = /^#path[ \t]+(\S+)/m.exec(text)?.[1] ?? zeekPathFromFileName(fileName);
    return { layout: 'zeek_tsv', flavor: 'zeek', ...(path ? { zeekPath: path } : {}) };
  }
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const layout: FileLayout = trimmed.startsWith('[') ? 'json_array' : 'ndjson';
    const firstRecord = layout === 'ndjson' ? firstLine(trimmed) : trimmed.slice(1);
    const hasKey = (key: string) => new RegExp(`"${key.replace(/[.@]/g, '\\$&')}"\\s*:`).test(firstRecord);
    if (hasKey('event_type')) return { layout, flavor: 'suricata_eve' };
    if (hasKey('@timestamp')) return { layout, flavor: 'ecs' };
    if (hasKey('ts') && (hasKey('uid') || hasKey('id.orig_h'))) {
      const pathKey = /"_path"\s*:\s*"([^"]+)"/.exec(firstRecord)?.[1];
      const path = pathKey ?? zeekPathFromFileName(fileName);
      return { layout, flavor: 'zeek', ...(path ? { zeekPath: path } : {}) };
    }
    return { layout, flavor: 'json' };
  }
  return { layout: 'csv', flavor: 'csv' };
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/** Zeek names its logs `<path>.log` or, rotated, `<path>.<time>.log[.gz]`. */
function zeekPathFromFileName(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const match = /^([a-z_][a-z0-9_]*)\./i.exec(base);
  return match?.[1];
}
