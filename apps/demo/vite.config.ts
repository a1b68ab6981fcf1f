import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, loadEnv } from 'vite';
import { apiPreconnect } from './apiPreconnect.ts';
import { inlineStylesheet } from './inlineStylesheet.ts';
import { prerenderPages } from './prerenderPages.ts';
import { demoDefaults } from './src/demoDefaults.ts';
import { pageTitles } from './src/pageTitles.ts';

const host = process.env.DEMO_HOST ?? '127.0.0.1';
const port = Number(process.env.DEMO_PORT ?? 5173);

// `vite preview` serves `/checkout` from checkout.html and `/result?checkout=…` from result.html. A result page's HTML
// is the same for any checkout id (it checks the payment), hence one placeholder.
const pages = [
  { href: '/', file: 'index.html', title: pageTitles.basket },
  { href: '/checkout', file: 'checkout.html', title: pageTitles.checkout },
  { href: '/result?checkout=any', file: 'result.html', title: pageTitles.result },
];

// The workspace packages resolve to their TypeScript sources ("source" condition): no package build needed.
export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    apiPreconnect(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_URL || demoDefaults.apiUrl),
    prerenderPages(pages),
    inlineStylesheet(),
  ],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host, port, strictPort: true },
  preview: { host, port, strictPort: true },
  build: { sourcemap: true },
}));
