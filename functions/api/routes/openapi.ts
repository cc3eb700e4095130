import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { openApiDocument } from '../openapi/document.ts';
import type { Operation } from '../openapi/operation.ts';
import { referencePage } from '../openapi/reference-page.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';
import { matchOperations } from './matches.docs.ts';
import { participantOperations } from './participants.docs.ts';

// Operations not yet declared with their routes; their part of the document is written by hand.
export const operations: Operation[] = [...participantOperations, ...matchOperations];

const OpenApiDocument = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;

/** The whole document: the declared routes' parts and the hand-written ones. */
export function withHandWritten(generated: OpenApiDocument): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = { ...generated.paths };
  for (const [path, methods] of Object.entries(openApiDocument(operations).paths)) {
    paths[path] = { ...paths[path], ...methods };
  }
  return { ...generated, paths };
}

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
