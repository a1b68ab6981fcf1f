import '@batchpay/ui/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { matchesPrerender } from './matchesPrerender';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root"></div>');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The build prerenders each page (prerenderPages.ts): hydrate it. The dev server's page, and a page the HTML was not
// rendered for (an unknown path, another query), render in the browser.
const prerendered = root.dataset.prerendered;
if (prerendered !== undefined && matchesPrerender(prerendered, window.location.href)) hydrateRoot(root, app);
else createRoot(root).render(app);
