import { openTextStream } from './open_text_stream';

/**
 * The first `maxBytes` of a file's (decompressed) content as text, for format detection. Reads no more
 * than it needs; a gzip stream that ends early yields what was decoded.
 */
export async function readFileHead(path: string, maxBytes = 64 * 1024): Promise<string> {
  const { stream } = await openTextStream(path);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) break;
    }
  } catch {
    // A truncated gzip still shows its format in the bytes already decoded; the loader reports the damage.
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}
