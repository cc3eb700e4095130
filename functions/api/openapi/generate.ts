import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';

export const OpenApiDocument = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;

const documentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Bryggan API',
    version: '1.0.0',
    description:
      'Learning placements, participants and matching for Swedish municipalities. The tenant comes from the token. ' +
      'The values of sectors, tasks, traits, environment tags and needs, stages, outcomes and support levels, with ' +
      'their Swedish and English labels, are at [/v1/vocabulary](/v1/vocabulary).',
  },
  servers: [{ url: '/' }],
};

const operationId = (method: string, path: string) =>
  `${method}${path
    .replace(/^\/v1/, '')
    .replace(/[{}]/g, '')
    .replace(/[/.](\w)/g, (_, first: string) => first.toUpperCase())}`;

/**
 * The OpenAPI 3.1 document of the routes as they are declared (`apiRoute`), each
 * operation named by its method and path. Called when the document is first asked for.
 */
export function generateDocument(
  routes: Pick<OpenAPIHono<AppEnv>, 'openAPIRegistry' | 'getOpenAPI31Document'>,
): OpenApiDocument {
  routes.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  const document = routes.getOpenAPI31Document(documentConfig) as OpenApiDocument;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      (operation as { operationId?: string }).operationId ??= operationId(method, path);
    }
  }
  return document;
}
