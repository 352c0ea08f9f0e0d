/** gzip's magic number (RFC 1952 §2.3.1): ID1 = 0x1f, ID2 = 0x8b. Names lie; the first two bytes do not. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}
