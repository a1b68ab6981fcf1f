import { defineConfig } from 'tsup';

// Both builds write into dist/, which the build script empties first (a `clean` here would race the other build).
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      sqlite: 'src/sqlite.ts',
      postgres: 'src/postgres.ts',
    },
    format: ['esm'],
    target: 'es2022',
    platform: 'node',
    dts: false,
    clean: false,
    sourcemap: true,
  },
  {
    // `batchpay-doctor` stands alone: @batchpay/core is bundled in, so `node dist/doctor/cli.js` runs right after
    // `pnpm --filter @batchpay/server build`, whether or not core was built (the drivers stay optional imports).
    entry: { 'doctor/cli': 'src/doctor/cli.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'node',
    dts: false,
    clean: false,
    sourcemap: true,
    splitting: false,
    noExternal: ['@batchpay/core'],
    // Bundle core from its TypeScript source (its `source` export condition), not from a dist that may not exist.
    esbuildOptions(options) {
      options.conditions = ['source', 'import', 'default'];
    },
  },
]);
