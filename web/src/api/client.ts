import { hc } from 'hono/client';
import type { AppType } from '#api/app';
import type { DevRoutes } from '../../../functions/local/dev-routes.ts';
import { currentToken, reportUnauthorized } from '../auth/token.ts';

// Type-only imports: the clients are typed by the server's routes, and no server code is bundled.

const authorisedFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  const token = currentToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  // The API writes a refusal's words in the language the page is shown in.
  headers.set('Accept-Language', document.documentElement.lang || 'sv');
  const response = await fetch(input, { ...init, headers });
  if (response.status === 401) reportUnauthorized();
  return response;
};

export const api = hc<AppType>('/', { fetch: authorisedFetch });

/** Local only: the demo users and their tokens. */
export const devApi = hc<DevRoutes>('/v1/dev');
