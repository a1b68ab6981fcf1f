// Measures the hooks as a browser app imports them: esbuild bundle of dist/index.js, min + gzip (level 9),
// with React, react-query and @batchpay/core left out (they are the app's / core's own budget).
// Run after `pnpm --filter @batchpay/react build`: node packages/react/scripts/size.mjs
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const externals = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  '@batchpay/core',
  '@batchpay/client',
];
const imports = [
  '*',
  '{ BatchPayProvider, useBatchPay, useCashierRedirect, usePaymentMethods, useCombinedOrder, useBatchPayStatus, useCart, detectEnvironment }',
  '{ BatchPayProvider, useBatchPay, useCashierRedirect }',
  '{ BatchPayProvider, useBatchPay }',
  '{ BatchPayProvider, useBatchPayStatus }',
  '{ BatchPayProvider, usePaymentMethods }',
  '{ useCashierRedirect }',
  '{ useCombinedOrder }',
];
// esbuild keeps every import statement of an external (it cannot know they are free of side effects); a real app
// bundle has none of them. "own code" strips them: the bytes of this package's code alone.
const externalImport =
  /import\{[^}]*\}from"(?:react|react\/jsx-runtime|@tanstack\/react-query|@batchpay\/core|@batchpay\/client)";/g;
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const dist = new URL('../dist/index.js', import.meta.url).pathname;
for (const what of imports) {
  const result = await build({
    stdin: { contents: `export ${what} from ${JSON.stringify(dist)};`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    external: externals,
  });
  const code = result.outputFiles[0].text;
  const own = code.replace(externalImport, '');
  console.log(`${gz(code)} B gzip (${code.length} B min) | own code ${gz(own)} B gzip (${own.length} B min) | ${what}`);
}
