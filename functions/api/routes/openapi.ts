import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { referencePage } from '../openapi/reference-page.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';

const OpenApiDocument = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;

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
