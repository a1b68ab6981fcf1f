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

  it('the SQLite and PostgreSQL drivers are optional peers, loaded on first use by their own subpaths only', async () => {
    // No static import of either driver anywhere: a merchant on PostgreSQL compiles no native module.
    for (const entry of ['./index.ts', './sqlite.ts', './postgres.ts', './node.ts']) {
      const imports = await importsOf(entry);
      expect(imports).not.toContain('better-sqlite3');
      expect(imports).not.toContain('pg');
    }
    expect(await importsOf('./sqlite.ts')).toContain('node:module');
    const { loadDriver } = await import('./storage/loadDriver.js');
    expect(loadDriver('better-sqlite3', 'createSqliteStorage')).toBeTypeOf('function');
    expect(() => loadDriver('not-installed-driver' as 'pg', 'createPostgresStorage')).toThrow(
      /createPostgresStorage needs the "not-installed-driver" package.*npm install not-installed-driver/,
    );
  });
});
