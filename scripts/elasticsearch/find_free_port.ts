import net from 'node:net';

/** Whether `port` can be bound on `host` right now. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * `preferred` when it is free, otherwise a port the kernel hands out. The port is only known to be free at
 * the moment of the check; callers that bind later must handle losing the race (startElasticsearch retries).
 */
export async function findFreePort(preferred: number | null, host = '127.0.0.1'): Promise<number> {
  if (preferred !== null && (await isPortFree(preferred, host))) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : null;
      server.close(() => (port === null ? reject(new Error('findFreePort: no port assigned')) : resolve(port)));
    });
  });
}
