import { defineConfig } from 'tsup';
import { prependUseClient } from '../../scripts/use-client.mjs';

export default defineConfig({
  entry: ['src/index.ts'],
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
  onSuccess: async () => prependUseClient(['dist/index.js']),
  external: ['react', 'react-dom', '@tanstack/react-query', '@batchpay/core', '@batchpay/client'],
});
