import { createServer } from 'node:net';

/**
 * Whether a TCP port can be bound on the host. Only "address in use" counts
 * as taken: other errors, such as a privileged port, are left for the engine
 * to report.
 */
export function isPortFree(port: number, hostIp = ''): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      resolve(error.code !== 'EADDRINUSE');
    });
    server.listen({ port, host: hostIp || '0.0.0.0', exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}
