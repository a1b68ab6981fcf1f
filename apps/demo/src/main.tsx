import '@batchpay/ui/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { developerPanelModule } from './developerPanelModule';
import { pageModuleFor } from './pages/pageModules';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root"></div>');
// The first render has the page and the panel (index.html preloads their chunks beside this one): nothing pops in.
// A chunk that did not load fails in the render, with its error.
await Promise.allSettled([pageModuleFor(window.location.pathname).load(), developerPanelModule.load()]);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
