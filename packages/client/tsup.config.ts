import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'es2020',
  platform: 'browser',
  dts: false,
  clean: true,
  splitting: false,
  treeshake: true,
  sourcemap: true,
  external: ['@batchpay/core', 'valibot'],
});
