import '../../node20-polyfills.mjs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineProject } from 'vitest/config';
import { sourceResolve } from '../../vitest.shared.ts';

// The drop-in and the parts it is made of on React 18.3 (the 'ui' project runs them on React 19).
const require = createRequire(import.meta.url);
const react18 = dirname(require.resolve('react18/package.json'));
const reactDom18 = dirname(require.resolve('react-dom18/package.json'));

export default defineProject({
  ...sourceResolve,
  resolve: { ...sourceResolve.resolve, alias: { react: react18, 'react-dom': reactDom18 } },
  test: {
    name: 'ui-react18',
    environment: 'jsdom',
    include: [
      'src/reactVersion.test.tsx',
      'src/BatchPayCheckout.test.tsx',
      'src/PaymentResult.test.tsx',
      'src/PayButton.test.tsx',
      'src/PaymentMethodPicker.test.tsx',
    ],
    env: { BATCHPAY_REACT18_DIR: react18, BATCHPAY_REACT_DOM18_DIR: reactDom18 },
    setupFiles: ['../../vitest.react18-setup.ts', './src/test-utils/setup.ts'],
    server: { deps: { inline: ['@tanstack/react-query'] } },
  },
});
