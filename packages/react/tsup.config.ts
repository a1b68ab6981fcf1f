import { defineConfig } from 'tsup';

export default defineConfig({
  // coreExports is its own file in dist, and index.js imports it as an external: bundled together, rollup would
  // hoist its `export { … } from '@batchpay/core'` into index.js, where esbuild (size-limit, apps) keeps the whole
  // import statement even when the app uses none of the names (~0.9 kB gzip).
  entry: ['src/index.ts', 'src/coreExports.ts'],
  format: ['esm'],
  target: 'es2020',
  dts: false,
  clean: true,
  splitting: false,
  // Rollup's tree-shaking also merges the imports of each external module into one statement.
  treeshake: true,
  sourcemap: true,
  external: ['react', 'react-dom', '@tanstack/react-query', '@batchpay/core', './coreExports.js'],
});
