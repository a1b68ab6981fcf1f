import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defaultServerConditions, type Plugin, type ResolvedConfig } from 'vite';
import { matchesPrerender } from './src/matchesPrerender.ts';

/** A page the build writes: the URL rendered and the file `vite preview` serves for it (`/checkout` → checkout.html). */
export interface PrerenderedPage {
  href: string;
  file: string;
  /** The page's document title, written into its `<title>`. */
  title: string;
}

const ROOT = '<div id="root"></div>';
const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/**
 * Runs right after the root, before the page paints: `vite preview` serves a page's HTML for other URLs too (result.html
 * for `/result` without a checkout, index.html for an unknown path). There the prerendered page is not this one: its
 * `<main>` is emptied (the shop's header and footer stay) and `data-prerendered` removed, so main.tsx renders instead
 * of hydrating, rather than the other page showing until the script replaces it.
 */
const GUARD = `<script>(function(root){if(root&&!(${matchesPrerender.toString()})(root.dataset.prerendered,location.href)){(root.querySelector('main')||root).replaceChildren();delete root.dataset.prerendered}})(document.getElementById('root'))</script>`;

/**
 * Build only: renders each page's HTML with react-dom/server (src/prerender.tsx, built for Node first) into the
 * built index.html, so the page paints before its script has run; main.tsx hydrates it. `data-prerendered` on the
 * root says for which URL, and a small inline script takes the HTML out where the URL is another page's.
 */
export function prerenderPages(pages: readonly PrerenderedPage[]): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'demo-prerender-pages',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string' || !index.source.includes(ROOT)) {
        this.error(`prerender: the built index.html needs ${ROOT}`);
      }
      const template = index.source;
      const outDir = await mkdtemp(path.join(tmpdir(), 'demo-prerender-'));
      try {
        const conditions = ['source', ...defaultServerConditions];
        await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          envDir: config.envDir,
          logLevel: 'warn',
          plugins: [react()],
          ssr: { noExternal: true, resolve: { conditions, externalConditions: conditions } },
          build: {
            ssr: path.join(config.root, 'src/prerender.tsx'),
            outDir,
            emptyOutDir: true,
            rolldownOptions: { output: { entryFileNames: 'prerender.mjs' } },
          },
        });
        const { renderPage } = (await import(pathToFileURL(path.join(outDir, 'prerender.mjs')).href)) as {
          renderPage: (href: string) => string;
        };
        for (const page of pages) {
          const root = `<div id="root" data-prerendered="${escapeAttribute(page.href)}">${renderPage(page.href)}</div>${GUARD}`;
          const source = template
            .replace(ROOT, root)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`);
          if (page.file === 'index.html') index.source = source;
          else this.emitFile({ type: 'asset', fileName: page.file, source });
        }
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    },
  };
}
