import { z } from 'zod';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';

export const healthRoutes = apiRoutes().openapi(
  apiRoute({
    method: 'get',
    path: '/',
    tag: 'Operations',
    summary: 'Liveness',
    roles: 'public',
    responses: { 200: json('Up', z.object({ status: z.literal('ok') })) },
  }),
  (c) => c.json({ status: 'ok' as const }, 200),
);
