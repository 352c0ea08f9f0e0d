import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

import { isGzip } from './is_gzip';

/** Whether a file is gzip-compressed, from its first two bytes. */
export async function isGzipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return isGzip(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * A byte stream of the file's content, gunzipped when the file starts with gzip's magic bytes
 * (several concatenated gzip members, as rotated logs often are, are read as one stream).
 */
export async function openTextStream(path: string, signal?: AbortSignal): Promise<{ stream: Readable; gzip: boolean }> {
  const gzip = await isGzipFile(path);
  const raw = createReadStream(path, { signal, highWaterMark: 1 << 20 });
  if (!gzip) return { stream: raw, gzip };
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  return { stream: raw.pipe(gunzip), gzip };
}
