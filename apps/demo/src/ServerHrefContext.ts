import { createContext } from 'react';

/** The URL a page is rendered for where there is no `location` (the build's prerender); absent in the browser. */
export const ServerHrefContext = createContext<string | undefined>(undefined);
