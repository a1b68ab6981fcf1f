import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SandboxSnapshot, SandboxStorage } from './SandboxStorage.js';

/** Keeps the sandbox's state in one JSON file, written atomically (temp file, then rename). */
export function createFileStorage(file: string): SandboxStorage {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      const parsed = JSON.parse(text) as Partial<SandboxSnapshot>;
      if (parsed.version !== 1) {
        throw new Error(`${file} is not a sandbox state file of version 1: move it away to start afresh.`);
      }
      return {
        version: 1,
        merchants: parsed.merchants ?? [],
        batches: parsed.batches ?? [],
        deliveries: parsed.deliveries ?? [],
      };
    },
    async save(snapshot) {
      await mkdir(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, `${JSON.stringify(snapshot, null, 2)}\n`, { mode: 0o600 });
      await rename(temp, file);
    },
  };
}
