import { Presets, SingleBar } from 'cli-progress';

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
