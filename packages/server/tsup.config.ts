import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/sqlite.ts', 'src/postgres.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: false,
  clean: true,
  sourcemap: true,
});
