import { expect } from 'vitest';
import type { z } from 'zod';
import type { createApp } from '#api/app';
import { deepStrict } from './strict.ts';

interface DeclaredRoute {
  method: string;
  template: string;
  pattern: RegExp;
  responses: Record<string, { content?: Record<string, { schema: z.ZodType }> }>;
}

/**
 * The routes as they are declared (method, path template, responses with their zod
 * schemas), read from the app's OpenAPI registry: the same objects the document is
 * generated from.
 */
export function declaredRoutes(app: ReturnType<typeof createApp>): DeclaredRoute[] {
  return app.openAPIRegistry.definitions.flatMap((definition) => {
    if (definition.type !== 'route') return [];
    const template = `/v1${definition.route.path}`.replace(/\/$/, '');
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}/?$`);
    return [
      {
        method: definition.route.method.toUpperCase(),
        template,
        pattern,
        responses: definition.route.responses as DeclaredRoute['responses'],
      },
    ];
  });
}

/**
 * Fails the test when an answer does not match what its route declares: an undeclared
 * status, another media type, or a JSON body that does not parse strictly (every
 * object an allow-list) with the declared schema.
 */
export function expectDeclaredResponse(
  routes: readonly DeclaredRoute[],
  request: { method: string; path: string },
  response: { status: number; headers: Headers; json: unknown; text: string },
) {
  const path = request.path.split('?')[0]!;
  const route = routes.find(
    (candidate) => candidate.method === request.method && candidate.pattern.test(path),
  );
  if (!route) return;
  const label = `${request.method} ${route.template} answered ${response.status}`;
  const declared = route.responses[String(response.status)];
  expect(declared, `${label}, which it does not declare: ${response.text.slice(0, 300)}`).toBeDefined();
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
  // A route may declare several media types (a report as JSON or CSV): the answer's must be one of them.
  const declaredTypes = Object.entries(declared?.content ?? {});
  const [mediaType, content] = declaredTypes.find(([type]) => type === contentType) ?? declaredTypes[0] ?? [];
  if (!content) return;
  expect(contentType, label).toBe(mediaType);
  // A text answer (an iCalendar file) is checked as the text it is.
  const body = mediaType?.includes('json') ? response.json : response.text;
  const parsed = strictSchema(content.schema).safeParse(body);
  expect(parsed.success, `${label}, a body its declared schema refuses:\n${parsed.error?.message}`).toBe(
    true,
  );
}

const strict = new WeakMap<z.ZodType, z.ZodType>();
const strictSchema = (schema: z.ZodType) => {
  let found = strict.get(schema);
  if (!found) {
    found = deepStrict(schema);
    strict.set(schema, found);
  }
  return found;
};
