/** In a directory, only these look like data (a LICENSE or README beside the logs is not). */
const DATA_FILE = /\.(json|ndjson|jsonl|log|csv|tsv)(\.gz)?$/i;
/** The sample writer's manifest (`http.manifest.json`, `outbreak.manifest.json`) describes the files beside it. */
const SAMPLE_MANIFEST = /\.manifest\.json$/i;

/** Whether a file met while scanning a directory argument is data to load (not hidden, not a manifest). */
export function isDataFileName(name: string): boolean {
  return !name.startsWith('.') && DATA_FILE.test(name) && !SAMPLE_MANIFEST.test(name);
}
