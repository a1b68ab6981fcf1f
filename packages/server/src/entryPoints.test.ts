import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const external = ['@batchpay/core', '@batchpay/core/signature', 'kysely'];

async function importsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external: [...external, 'better-sqlite3', 'pg', 'node:*', 'fs', 'path'],
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
}

describe('entry points', () => {
  it('the main entry loads no Node built-in and no database driver, so it runs on edge runtimes', async () => {
    const imports = await importsOf('./index.ts');
    expect(imports.filter((path) => !external.includes(path))).toEqual([]);
  });

  it('the SQLite and PostgreSQL drivers live behind their own subpaths', async () => {
    expect(await importsOf('./sqlite.ts')).toContain('better-sqlite3');
    expect(await importsOf('./postgres.ts')).toContain('pg');
  });
});
