import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { OpenApiDocument } from '../openapi/generate.ts';
import { referencePage } from '../openapi/reference-page.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';

export const openApiRoutes = (document: () => OpenApiDocument) =>
  apiRoutes().openapi(
    apiRoute({
      method: 'get',
      path: '/openapi.json',
      tag: 'Operations',
      summary: 'This document',
      roles: 'public',
      responses: { 200: json('OpenAPI 3.1 document', OpenApiDocument) },
    }),
    (c) => c.json(document(), 200),
  );

export const referenceRoutes = (document: () => OpenApiDocument) =>
  new Hono<AppEnv>().get('/', (c) => c.html(referencePage(document())));
