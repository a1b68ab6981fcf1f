import '../../node20-polyfills.mjs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineProject } from 'vitest/config';
import { sourceResolve } from '../../vitest.shared.ts';

// The same tests as the 'react' project, with React 18.3 instead of React 19.
// Sources and inlined ESM dependencies get React 18 through `resolve.alias`; CommonJS packages that `require('react')`
// themselves (react-dom 18, @testing-library/react) are redirected by vitest.react18-setup.ts (repository root, shared with packages/ui).
const require = createRequire(import.meta.url);
const react18 = dirname(require.resolve('react18/package.json'));
const reactDom18 = dirname(require.resolve('react-dom18/package.json'));

export default defineProject({
  ...sourceResolve,
  resolve: {
    ...sourceResolve.resolve,
    alias: { react: react18, 'react-dom': reactDom18 },
  },
  test: {
    name: 'react18',
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    env: { BATCHPAY_REACT18_DIR: react18, BATCHPAY_REACT_DOM18_DIR: reactDom18 },
    setupFiles: ['../../vitest.react18-setup.ts', './src/test-utils/setup.ts'],
    server: { deps: { inline: ['@tanstack/react-query'] } },
  },
});
