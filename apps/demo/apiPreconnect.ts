import type { Plugin } from 'vite';

/** Build only: index.html opens the connection to the merchant API, which every page calls first. */
export function apiPreconnect(apiUrl: string): Plugin {
  return {
    name: 'demo-api-preconnect',
    apply: 'build',
    transformIndexHtml: () => [
      // `crossorigin`: the kit's fetches are CORS requests without credentials, on their own connections.
      { tag: 'link', attrs: { rel: 'preconnect', href: new URL(apiUrl).origin, crossorigin: '' }, injectTo: 'head' },
    ],
  };
}
