import { defineConfig } from 'tsup';
import { prependUseClient } from '../../scripts/use-client.mjs';

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
  // Every built file is a client module: a Next.js server component can render the provider without a wrapper.
  // Added after the build: rollup's tree-shaking drops a banner directive.
  onSuccess: async () => prependUseClient(['dist/index.js', 'dist/coreExports.js']),
  external: ['react', 'react-dom', '@tanstack/react-query', '@batchpay/core', './coreExports.js'],
});
