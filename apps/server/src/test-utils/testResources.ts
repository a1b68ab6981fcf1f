import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * What a demo-server test starts (servers, temporary folders) is stopped or removed after each test, last first.
 * Call once per test file; `cleanups.push(...)` registers what to undo.
 */
export function testResources(prefix: string): {
  cleanups: Array<() => Promise<void> | void>;
  tempDir: () => string;
  freePort: () => Promise<number>;
} {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()?.();
  });
  return {
    cleanups,
    tempDir() {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      return dir;
    },
    async freePort() {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!address || typeof address === 'string') throw new Error('no port');
      return address.port;
    },
  };
}
