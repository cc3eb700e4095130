import { z } from 'zod';
import { Problem } from '#shared/schemas/common';
import type { Operation } from './operation.ts';

const problemStatuses: Record<number, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'Missing, invalid or expired token',
  403: 'The role may not do this',
  404: 'Not found (also for another tenant’s or employer’s records)',
  409: 'Conflicts with the current state or a uniqueness rule',
  412: 'If-Match does not match the current version',
  413: 'Body too large',
  422: 'Valid input that the business rules refuse',
  428: 'If-Match is required',
};

const schema = (type: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(type, { target: 'draft-2020-12', io, unrepresentable: 'any' });

function parameters(operation: Operation) {
  const list: unknown[] = [];
  for (const [location, object] of [
    ['path', operation.params],
    ['query', operation.query],
  ] as const) {
    if (!object) continue;
    for (const [name, field] of Object.entries(object.shape)) {
      list.push({
        name,
        in: location,
        required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success,
        schema: schema(field as z.ZodType, 'input'),
      });
    }
  }
  if (operation.ifMatch) {
    list.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } });
  }
  if (operation.idempotent) {
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Repeat a POST safely: the same key within 24 hours returns the first response.',
      schema: { type: 'string', maxLength: 128 },
    });
  }
  return list;
}

function responses(operation: Operation) {
  const result: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    result[status] = {
      description: response.description,
      ...(operation.etag && Number(status) < 300
        ? { headers: { ETag: { schema: { type: 'string' } } } }
        : {}),
      ...(response.schema
        ? { content: { 'application/json': { schema: schema(response.schema, 'output') } } }
        : {}),
    };
  }
  const problemSchema = schema(Problem, 'output');
  const statuses = [400, ...(operation.roles ? [401, 403, 404] : [404])];
  if (operation.ifMatch) statuses.push(412, 428);
  if (operation.body) statuses.push(409, 413, 422);
  for (const status of statuses) {
    result[String(status)] ??= {
      description: problemStatuses[status],
      content: { 'application/problem+json': { schema: problemSchema } },
    };
  }
  return result;
}

/** OpenAPI 3.1 from the same zod schemas the routes validate with. */
export function openApiDocument(operations: Operation[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const path = `/v1${operation.path}`;
    paths[path] ??= {};
    paths[path][operation.method] = {
      operationId: `${operation.method}${operation.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
      summary: operation.summary,
      tags: [operation.tag],
      ...(operation.roles
        ? {
            security: [{ bearer: [] }],
            'x-roles': operation.roles,
            description: `Roles: ${operation.roles.join(', ')}.`,
          }
        : { security: [], 'x-roles': [] }),
      parameters: parameters(operation),
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schema(operation.body, 'input') } },
            },
          }
        : {}),
      responses: responses(operation),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bryggan API',
      version: '1.0.0',
      description:
        'Learning placements, participants and matching for Swedish municipalities. The tenant comes from the token.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    paths,
  };
}
