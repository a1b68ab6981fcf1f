import { defineConfig } from 'tsup';
import { prependUseClient } from '../../scripts/use-client.mjs';

export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
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
  onSuccess: async () => prependUseClient(['dist/index.js', 'dist/testing.js']),
  external: [
    'react',
    'react-dom',
    '@tanstack/react-query',
    '@batchpay/core',
    '@batchpay/client',
    'msw',
    '@batchpay/react',
  ],
  esbuildPlugins: [
    {
      // The testing entry imports the package's own entry: built, that stays `@batchpay/react` (one provider and
      // one context with the merchant's hooks), never a second copy bundled into dist/testing.js.
      name: 'testing-imports-the-package',
      setup(build) {
        build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
          args.importer.includes('/src/testing/') ? { path: '@batchpay/react', external: true } : undefined,
        );
      },
    },
  ],
});
