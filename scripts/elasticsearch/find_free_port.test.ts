import net from 'node:net';
import { findFreePort, isPortFree } from './find_free_port';

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => resolve(server));
  });
}

function portOf(server: net.Server): number {
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server has no address');
  return address.port;
}

describe('findFreePort', () => {
  it('returns the preferred port while it is free and another one once it is taken', async () => {
    const probe = await listen(0);
    const port = portOf(probe);
    await new Promise((resolve) => probe.close(resolve));
    expect(await findFreePort(port)).toBe(port);

    const holder = await listen(port);
    try {
      expect(await isPortFree(port)).toBe(false);
      const other = await findFreePort(port);
      expect(other).not.toBe(port);
      expect(await isPortFree(other)).toBe(true);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
