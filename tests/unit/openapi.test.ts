import { describe, expect, it } from 'vitest';
import { createApp } from '#api/app';
import { Role } from '#shared/schemas/common';

const app = createApp({
  verifyToken: async () => {
    throw new Error('not used');
  },
  cursorSecret: async () => 'unused',
  mailer: { send: async () => {} },
  directory: { provideEmployerUser: async () => undefined, detachEmployerUser: async () => {} },
});

const openApiPath = (honoPath: string) => honoPath.replace(/:(\w+)/g, '{$1}');
const methods = ['get', 'put', 'post', 'delete', 'patch'];

interface OperationView {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  'x-roles'?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

const document = async () => {
  const response = await app.request('/v1/openapi.json');
  expect(response.status).toBe(200);
  return response.json() as Promise<{
    openapi: string;
    info: { title: string; version: string };
    components: { securitySchemes: Record<string, unknown> };
    paths: Record<string, Record<string, OperationView>>;
  }>;
};

const operationsOf = (paths: Record<string, Record<string, OperationView>>) =>
  Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );

describe('OpenAPI document', () => {
  it('documents every route the app serves, and nothing else', async () => {
    const served = app.routes
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/v1/'))
      .map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path).replace(/\/$/, '')}`);
    const documented = operationsOf((await document()).paths).map(({ method, path }) => `${method} ${path}`);
    expect(new Set(served)).toEqual(new Set(documented));
  });

  it('is OpenAPI 3.1, and every operation has a summary, a tag, its roles and declared responses', async () => {
    const { openapi, info, paths, components } = await document();
    expect(openapi).toBe('3.1.0');
    expect(components.securitySchemes.bearer).toEqual({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(info.title).toBeTruthy();
    expect(info.version).toBeTruthy();
    for (const { path, method, operation } of operationsOf(paths)) {
      const label = `${method} ${path}`;
      expect(path, label).toMatch(/^\/v1\//);
      expect(operation.summary, label).toBeTruthy();
      expect(operation.tags?.length, label).toBe(1);
      // Who may call it: the roles `requireRole` enforces, or none for a public route.
      const roles = operation['x-roles'];
      expect(Array.isArray(roles), `${label}: x-roles`).toBe(true);
      for (const role of roles ?? []) expect(Role.options, label).toContain(role);
      expect(operation.security, label).toEqual(roles?.length ? [{ bearer: [] }] : []);
      const statuses = Object.keys(operation.responses ?? {});
      const successes = statuses.filter((status) => /^2\d\d$/.test(status));
      expect(successes.length, `${label}: a success response`).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        expect(status, label).toMatch(/^[1-5]\d\d$/);
        expect(response.description, `${label} ${status}`).toBeTruthy();
        const [mediaType, content] = Object.entries(response.content ?? {})[0] ?? [];
        // No Content is the one answer without a body.
        if (status === '204') {
          expect(response.content, `${label} 204 has no body`).toBeUndefined();
          continue;
        }
        expect(content?.schema, `${label} ${status}: a schema`).toBeDefined();
        // A file is answered as the file it is (an event's iCalendar); everything else is JSON.
        const files = ['text/calendar'];
        if (Number(status) < 400 && files.includes(mediaType ?? '')) continue;
        expect(mediaType, `${label} ${status}`).toBe(
          Number(status) >= 400 ? 'application/problem+json' : 'application/json',
        );
      }
      if (roles?.length) expect(statuses, label).toEqual(expect.arrayContaining(['401', '403']));
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const inPath = (operation.parameters ?? []).filter((p) => p.in === 'path');
      expect(inPath.map((p) => p.name).sort(), label).toEqual(templated.sort());
      for (const parameter of inPath) expect(parameter.required, label).toBe(true);
      if (templated.length > 0) expect(statuses, label).toContain('404');
    }
  });

  it('takes request schemas, headers and problems from the route declarations', async () => {
    const { paths } = await document();
    const create = paths['/v1/employers']!.post! as OperationView & {
      requestBody: {
        content: Record<string, { schema: { required: string[]; additionalProperties: boolean } }>;
      };
    };
    const body = create.requestBody.content['application/json']!.schema;
    expect(body.required).toEqual(
      expect.arrayContaining(['name', 'orgNumber', 'sectors', 'address', 'contact']),
    );
    expect(body.additionalProperties).toBe(false);
    expect(create.responses!['400']!.content!['application/problem+json']).toBeDefined();
    expect(create.parameters!.map((p) => p.name)).toContain('Idempotency-Key');
    const patch = paths['/v1/placements/{id}']!.patch!;
    expect(patch.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['id', 'If-Match']));
    expect(Object.keys(patch.responses!)).toEqual(expect.arrayContaining(['412', '428']));
  });

  it('serves a reference page at /docs', async () => {
    const response = await app.request('/docs');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('/v1/employers/{id}/verify');
  });
});
