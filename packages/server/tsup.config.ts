import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node.ts',
    sqlite: 'src/sqlite.ts',
    postgres: 'src/postgres.ts',
    'doctor/cli': 'src/doctor/cli.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: false,
  clean: true,
  sourcemap: true,
});
