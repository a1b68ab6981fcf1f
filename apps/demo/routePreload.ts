import type { Plugin } from 'vite';
import { developerPanelFile, pageFiles } from './src/pages/pageFiles';

type Chunk = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[]; isEntry: boolean };

/**
 * Build only: index.html preloads (modulepreload) the chunks of the page its URL opens and of the developer panel,
 * so they load beside the entry instead of after it (one small inline script, run before the entry), and opens the
 * connection to the merchant API, which every page calls first.
 */
export function routePreload(apiUrl: string): Plugin {
  let base = '/';
  return {
    name: 'demo-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks = Object.values(ctx.bundle).filter(
          (c): c is Chunk & (typeof ctx.bundle)[string] => c.type === 'chunk',
        );
        // A chunk and its static imports, all the way down.
        const closure = (file: string, into = new Set<string>()): Set<string> => {
          if (into.has(file)) return into;
          into.add(file);
          for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) closure(dep, into);
          return into;
        };
        const entry = chunks.find((c) => c.isEntry);
        const early = entry ? closure(entry.fileName) : new Set<string>();
        const chunkOf = (name: string): string => {
          const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\.tsx?$/, '').endsWith(`/src/${name}`));
          if (!chunk) throw new Error(`routePreload: no chunk for src/${name}.tsx`);
          return chunk.fileName;
        };
        const filesOf = (...names: string[]): string[] => {
          const files = new Set<string>();
          for (const name of names) closure(chunkOf(name), files);
          return [...files].filter((file) => !early.has(file)).map((file) => base + file);
        };
        const always = filesOf(developerPanelFile);
        const routes = Object.fromEntries(
          Object.entries(pageFiles).map(([path, file]) => [path, filesOf(`pages/${file}`, developerPanelFile)]),
        );
        const script = `(function(){var r=${JSON.stringify(routes)}[location.pathname]||${JSON.stringify(always)};r.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l);});})();`;
        return [
          {
            tag: 'link',
            attrs: { rel: 'preconnect', href: new URL(apiUrl).origin, crossorigin: '' },
            injectTo: 'head',
          },
          { tag: 'script', children: script, injectTo: 'head' },
        ];
      },
    },
  };
}
