/**
 * Hand-over from Jest's global setup to its global teardown. Both run in Jest's main process but may be
 * loaded through separate module registries, so the handle lives on globalThis (which Jest documents as
 * shared between the two) rather than in a module variable.
 */
export interface HarnessHandle {
  readonly instanceDir: string;
}

const KEY = '__huntEdaElasticsearchHarness';

type HarnessGlobal = typeof globalThis & { [KEY]?: HarnessHandle };

export function setHarnessHandle(handle: HarnessHandle): void {
  (globalThis as HarnessGlobal)[KEY] = handle;
}

export function getHarnessHandle(): HarnessHandle | null {
  return (globalThis as HarnessGlobal)[KEY] ?? null;
}

export function clearHarnessHandle(): void {
  delete (globalThis as HarnessGlobal)[KEY];
}
