import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { checkoutView } from './fixtures.js';

/** The merchant backend as the hooks see it: MSW at the network seam, handlers set per test. */
export const API = 'http://127.0.0.1:4000';

/** By default a checkout is still processing (as after any redirect); tests override with `server.use`. */
const stillProcessing = http.get(`${API}/api/checkouts/:id`, ({ params }) =>
  HttpResponse.json(checkoutView('processing', String(params.id)) as unknown as Record<string, unknown>),
);

export const server = setupServer(stillProcessing);
