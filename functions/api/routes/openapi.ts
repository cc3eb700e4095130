import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { openApiDocument } from '../openapi/document.ts';
import type { Operation } from '../openapi/operation.ts';
import { referencePage } from '../openapi/reference-page.ts';
import { employerOperations, healthOperations } from './employers.docs.ts';
import { matchOperations } from './matches.docs.ts';
import { participantOperations } from './participants.docs.ts';
import { placementOperations } from './placements.docs.ts';

export const operations: Operation[] = [
  ...healthOperations,
  ...employerOperations,
  ...placementOperations,
  ...participantOperations,
  ...matchOperations,
  {
    method: 'get',
    path: '/openapi.json',
    tag: 'Operations',
    summary: 'This document',
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
  },
];

const document = openApiDocument(operations);

export const openApiRoutes = new Hono<AppEnv>().get('/openapi.json', (c) => c.json(document, 200));
export const referenceRoutes = new Hono<AppEnv>().get('/', (c) => c.html(referencePage(document)));
