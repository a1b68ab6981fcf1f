import { defineConfig } from 'tsup';

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
  external: ['react', 'react-dom', '@tanstack/react-query', '@batchpay/core', '@batchpay/client'],
});
