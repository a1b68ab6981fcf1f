import Module from 'node:module';

// CommonJS packages (react-dom 18, @testing-library/react) `require('react')` through Node, not through Vite's alias.
// Point those requires at React 18 so one copy of React is used in the whole test.
const react18 = process.env.BATCHPAY_REACT18_DIR;
const reactDom18 = process.env.BATCHPAY_REACT_DOM18_DIR;
if (!react18 || !reactDom18)
  throw new Error('react18-setup needs vitest.react18.config.ts (it sets the React 18 paths)');

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
const original = moduleWithResolve._resolveFilename;
moduleWithResolve._resolveFilename = function resolveReact18(this: unknown, request: string, ...rest: unknown[]) {
  let redirected = request;
  if (request === 'react' || request.startsWith('react/')) redirected = react18 + request.slice('react'.length);
  else if (request === 'react-dom' || request.startsWith('react-dom/')) {
    redirected = reactDom18 + request.slice('react-dom'.length);
  }
  return original.call(this, redirected, ...rest);
};
