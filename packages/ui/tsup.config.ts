import { defineConfig, type Options } from 'tsup';
import { prependUseClient } from '../../scripts/use-client.mjs';

const shared: Options = {
  format: ['esm'],
  target: 'es2020',
  dts: false,
  sourcemap: true,
  external: ['react', 'react-dom', '@tanstack/react-query', '@batchpay/core', '@batchpay/react', 'lean-qr'],
};

// Two builds: the components carry 'use client' (a Next.js server component can render them without a wrapper);
// the message catalogues and the stylesheet are plain data, usable anywhere. `rm -rf dist` runs before (package.json).
export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', qr: 'src/qr.ts' },
    // Rollup's tree-shaking also merges the imports of each external module into one statement (as in
    // @batchpay/react). It drops a banner directive, so 'use client' is added after the build.
    treeshake: true,
    onSuccess: async () => prependUseClient(['dist/index.js', 'dist/qr.js']),
  },
  {
    ...shared,
    entry: {
      'locales/zh-CN': 'src/locales/zh-CN.ts',
      'locales/ko': 'src/locales/ko.ts',
      'locales/ja': 'src/locales/ja.ts',
      'locales/zh-HK': 'src/locales/zh-HK.ts',
      'locales/zh-TW': 'src/locales/zh-TW.ts',
      'locales/th': 'src/locales/th.ts',
      'locales/id': 'src/locales/id.ts',
      'locales/ms': 'src/locales/ms.ts',
      'locales/vi': 'src/locales/vi.ts',
      'locales/fil': 'src/locales/fil.ts',
      styles: 'src/styles.css',
    },
  },
]);
