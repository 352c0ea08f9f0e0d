const BYTES_PER_MEGABYTE = 1024 * 1024;

/**
 * Bytes to megabytes by dividing by 1024 · 1024, as the pandas threat-hunting article this project follows
 * does (strictly these are mebibytes, MiB; a label may say "MB" to match the article). O(1).
 *
 * @throws RangeError for a value that is not a finite number.
 * @example bytesToMegabytes(5_242_880) // 5
 */
export function bytesToMegabytes(bytes: number): number {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes)) throw new RangeError(`bytesToMegabytes requires a finite number, got ${String(bytes)}`);
  return bytes / BYTES_PER_MEGABYTE;
}
