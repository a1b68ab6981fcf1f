/**
 * The demo's pages: a path and the module of src/pages that renders it, named after its export. Each page is its own
 * chunk (the basket loads no checkout); vite.config.ts preloads the chunk of the page a URL opens.
 */
export const pageFiles: Readonly<Record<string, string>> = {
  '/': 'CartPage',
  '/checkout': 'CheckoutPage',
  '/result': 'ResultPage',
};

/** The page of any other path. */
export const notFoundPageFile = 'NotFoundPage';

/** Loaded with every page, in its own chunk: the developer panel (src/DeveloperPanel.tsx). */
export const developerPanelFile = 'DeveloperPanel';
