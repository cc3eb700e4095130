import { describe, expect, it } from 'vitest';
import { createApp } from '#api/app';
import { operations } from '#api/routes/openapi';

const app = createApp({
  verifyToken: async () => {
    throw new Error('not used');
  },
  cursorSecret: async () => 'unused',
});

const openApiPath = (honoPath: string) => honoPath.replace(/:(\w+)/g, '{$1}');

describe('OpenAPI document', () => {
  it('documents every route the app serves, and nothing else', () => {
    const served = app.routes
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/v1/'))
      .map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path).replace(/\/$/, '')}`);
    const documented = operations.map((operation) => `${operation.method} /v1${operation.path}`);
    expect(new Set(served)).toEqual(new Set(documented));
  });

  it('is OpenAPI 3.1 with request schemas taken from zod', async () => {
    const response = await app.request('/v1/openapi.json');
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    const create = document.paths['/v1/employers'].post;
    const body = create.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(
      expect.arrayContaining(['name', 'orgNumber', 'sectors', 'address', 'contact']),
    );
    expect(body.additionalProperties).toBe(false);
    expect(create.responses['400'].content['application/problem+json']).toBeDefined();
    const patch = document.paths['/v1/placements/{id}'].patch;
    expect(patch.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['id', 'If-Match']),
    );
  });

  it('serves a reference page at /docs', async () => {
    const response = await app.request('/docs');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('/v1/employers/{id}/verify');
  });
});
