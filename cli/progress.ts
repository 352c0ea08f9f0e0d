import { basename } from 'node:path';

import { Presets, SingleBar } from 'cli-progress';

import type { OpenProgress } from '../standalone/open_analysis_source';

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI logs, tests). */
export interface Progress {
  start(total: number, label: string): void;
  update(value: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  let bar: SingleBar | null = null;
  return {
    start(total, label) {
      bar = new SingleBar({ stream, format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, etaBuffer: 50, hideCursor: true }, Presets.shades_classic);
      bar.start(total, 0);
    },
    update: (value) => bar?.update(value),
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

/** A line of what is happening, on stderr (always: it says why the command is taking time). */
export function status(message: string): void {
  process.stderr.write(`${message}\n`);
}

const MIB = 2 ** 20;

/**
 * Progress of loading files into the embedded engine: a bar over the megabytes (on a terminal) and, for
 * each file read rather than taken from the cache, a line saying what it cost. Call `stop` once opened.
 */
export function createLoadProgress(progress: Progress = createProgress(), say: (message: string) => void = status): Required<OpenProgress> & { stop(): void } {
  let started = false;
  let since = Date.now();
  return {
    onLoadProgress({ loadedBytes, totalBytes }) {
      if (!started) {
        progress.start(Math.max(1, Math.round(totalBytes / MIB)), 'loading files (MiB)');
        started = true;
      }
      progress.update(Math.round(loadedBytes / MIB));
    },
    onFileLoaded({ file, from }) {
      if (from === 'file') say(`loaded ${basename(file)} into the embedded engine in ${((Date.now() - since) / 1000).toFixed(1)} s`);
      since = Date.now();
    },
    stop() {
      if (started) progress.stop();
    },
  };
}
