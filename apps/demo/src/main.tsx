import '@batchpay/ui/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root"></div>');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
