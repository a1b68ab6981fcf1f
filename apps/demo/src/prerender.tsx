import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';

/** The HTML of `<App>` at `href` as the build prerenders it (see prerenderPages.ts); main.tsx hydrates it. */
export function renderPage(href: string): string {
  return renderToString(
    <StrictMode>
      <App serverHref={href} />
    </StrictMode>,
  );
}
