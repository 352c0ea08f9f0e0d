import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  fromHuntEdaViewSavedObject,
  HUNT_EDA_VIEW_TYPE,
  toHuntEdaViewSavedObject,
  type HuntEdaView,
  type HuntEdaViewAttributes,
  type SavedObjectReferenceLike,
} from '../../common/saved_views/hunt_eda_view';
import { SavedViewNotFoundError, SavedViewVersionConflictError, type SavedViewsStore } from './saved_views_store';
import { withFileLock } from './with_file_lock';

/** One view per file, in the saved-object shape Kibana exports (type, id, attributes, references). */
interface StoredView {
  type: typeof HUNT_EDA_VIEW_TYPE;
  id: string;
  attributes: HuntEdaViewAttributes;
  references: SavedObjectReferenceLike[];
  /** A counter: "1" when created, +1 on every update. */
  version: string;
  updated_at: string;
}

/** Ids we create are UUIDs; anything else from a URL is refused before it can name a path. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const FILE_SUFFIX = '.json';

export interface FileViewsStoreOptions {
  /** Created on the first save; a missing directory lists as empty. */
  readonly dir: string;
  /** Told about a file that is not a readable view (it is left out of lists, never deleted). */
  readonly onProblem?: (message: string) => void;
  readonly now?: () => Date;
}

const isMissing = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ENOENT';

/** Lowercased words of a text, split where Elasticsearch's standard analyzer would split it (roughly). */
const wordsOf = (text: string | undefined) => (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Every search term must start a word of the title or description, as the saved-objects search does. */
function matches(view: HuntEdaView, search: string | undefined): boolean {
  const terms = wordsOf(search);
  if (terms.length === 0) return true;
  const words = [...wordsOf(view.title), ...wordsOf(view.description)];
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}

/**
 * Saved views as JSON files in a directory, for the standalone server (which has no Kibana saved objects).
 * Same contract as the saved-objects store, including optimistic concurrency: an update carries the version
 * it read and is refused when the file has moved on. Writes go through a temporary file and a rename, so a
 * reader never sees half a view. An update or delete holds a lock file per view (`.<id>.lock`) from the
 * version check to the rename, so two servers sharing one directory cannot both pass the check.
 */
export function createFileViewsStore({ dir, onProblem = () => undefined, now = () => new Date() }: FileViewsStoreOptions): SavedViewsStore {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs writes one at a time, so "check the version, then replace" is atomic within the process. */
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const fileOf = (id: string) => path.join(dir, `${id}${FILE_SUFFIX}`);
  /** Serialized in this process (no polling among our own writes), and locked across processes. */
  const locked = <T>(id: string, task: () => Promise<T>) =>
    serialized(async () => {
      if (!SAFE_ID.test(id)) return task();
      await mkdir(dir, { recursive: true });
      return withFileLock(path.join(dir, `.${id}.lock`), task);
    });

  async function readStored(id: string): Promise<StoredView | undefined> {
    if (!SAFE_ID.test(id)) return undefined;
    let text: string;
    try {
      text = await readFile(fileOf(id), 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`saved view file ${fileOf(id)} is not valid JSON`);
    }
    const stored = parsed as Partial<StoredView> | null;
    if (stored?.type !== HUNT_EDA_VIEW_TYPE || stored.id !== id || typeof stored.version !== 'string' || typeof stored.attributes !== 'object' || !Array.isArray(stored.references)) {
      throw new Error(`saved view file ${fileOf(id)} is not a ${HUNT_EDA_VIEW_TYPE} (expected type, id matching the file name, version, attributes and references)`);
    }
    return stored as StoredView;
  }

  async function writeStored(stored: StoredView): Promise<HuntEdaView> {
    await mkdir(dir, { recursive: true });
    const temporary = path.join(dir, `.${stored.id}.${randomUUID()}.tmp`);
    try {
      await writeFile(temporary, `${JSON.stringify(stored, null, 2)}\n`, 'utf8');
      await rename(temporary, fileOf(stored.id));
    } catch (error) {
      // A failed write (disk full) leaves the saved view as it was, and no temporary file behind.
      await rm(temporary, { force: true });
      throw error;
    }
    return fromHuntEdaViewSavedObject(stored);
  }

  const toStored = (id: string, state: Parameters<SavedViewsStore['create']>[0], version: number): StoredView => ({
    type: HUNT_EDA_VIEW_TYPE,
    id,
    ...toHuntEdaViewSavedObject(state),
    version: String(version),
    updated_at: now().toISOString(),
  });

  return {
    async find({ search, perPage }) {
      let names: string[];
      try {
        names = (await readdir(dir)).filter((name) => name.endsWith(FILE_SUFFIX) && !name.startsWith('.')).sort();
      } catch (error) {
        if (isMissing(error)) return { total: 0, views: [] };
        throw error;
      }
      const views: HuntEdaView[] = [];
      for (const name of names) {
        try {
          const stored = await readStored(name.slice(0, -FILE_SUFFIX.length));
          if (stored) views.push(fromHuntEdaViewSavedObject(stored));
        } catch (error) {
          onProblem(`skipped ${path.join(dir, name)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      const found = views.filter((view) => matches(view, search)).sort((a, b) => (b.updated_at ?? '').localeCompare(a.updated_at ?? ''));
      return { total: found.length, views: found.slice(0, perPage) };
    },
    async get(id) {
      const stored = await readStored(id);
      if (!stored) throw new SavedViewNotFoundError(id);
      return fromHuntEdaViewSavedObject(stored);
    },
    create: (state) => serialized(() => writeStored(toStored(randomUUID(), state, 1))),
    update: (id, state, version) =>
      locked(id, async () => {
        const stored = await readStored(id);
        if (!stored || stored.version !== version) throw new SavedViewVersionConflictError(id);
        return writeStored(toStored(id, state, (Number(stored.version) || 0) + 1));
      }),
    delete: (id) =>
      locked(id, async () => {
        if (!(await readStored(id))) throw new SavedViewNotFoundError(id);
        await rm(fileOf(id));
      }),
  };
}
