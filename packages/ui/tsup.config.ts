import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    qr: 'src/qr.ts',
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
  format: ['esm'],
  target: 'es2020',
  dts: false,
  clean: true,
  sourcemap: true,
  external: ['react', 'react-dom', '@tanstack/react-query', '@batchpay/core', '@batchpay/react', 'lean-qr'],
});
