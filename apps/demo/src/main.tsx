import '@batchpay/ui/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root"></div>');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The build prerenders each page (prerenderPages.ts): hydrate it. The dev server's page, and a page the HTML was not
// rendered for (an unknown path, another query: its inline script took the HTML and `data-prerendered` out), render
// in the browser.
if (root.dataset.prerendered !== undefined) hydrateRoot(root, app);
else createRoot(root).render(app);
