import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { Problem, type Role } from '#shared/schemas/common';
import type { AppEnv } from '../env.ts';
import { requireRole } from '../middleware/auth.ts';
import { idempotent as idempotency } from '../middleware/idempotency.ts';
import { jsonBody, validationHook } from '../validation.ts';

/** A resource's routes: validation failures become the API's 400 problem. */
export const apiRoutes = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 503;

const problemDescriptions: Record<ProblemStatus, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'Missing, invalid or expired token',
  403: 'The role may not do this',
  404: 'Not found (also for another tenant’s or employer’s records)',
  409: 'Conflicts with the current state or a uniqueness rule',
  410: 'Gone: it existed but has expired',
  412: 'If-Match does not match the current version',
  413: 'Body too large',
  415: 'The body is not JSON',
  422: 'Valid input that the business rules refuse',
  428: 'If-Match is required',
  429: 'Too many requests from this client; try again after Retry-After seconds',
  503: 'Busy (too many changes at once, or the store throttled); nothing was written; try again after Retry-After seconds',
};

interface Declaration {
  tag: string;
  /** Who may call it (enforced by `requireRole` and documented as `x-roles`), or `public`. */
  roles: readonly Role[] | 'public';
  /** Problems this route answers beyond those its shape implies (a body, a path id, a role…). */
  problems?: readonly ProblemStatus[];
  /** A read or write that answers the record's ETag. */
  etag?: boolean;
  /** A change guarded by If-Match (412 when stale, 428 when missing). */
  ifMatch?: boolean;
  /** A create that honours Idempotency-Key. */
  idempotent?: boolean;
}

type Declared = Omit<RouteConfig, 'middleware' | 'tags' | 'security'> & Declaration;

const acceptLanguage = {
  name: 'Accept-Language',
  in: 'header' as const,
  required: false,
  description: 'The language of a problem’s title, detail and field messages: sv (default) or en.',
  schema: { type: 'string' as const, example: 'sv' },
};

const problemContent = { 'application/problem+json': { schema: Problem } };

/**
 * One route, declared once: its path, inputs and responses with their schemas, the
 * roles that may call it and the problems it answers. The same object gives the
 * validators, the role check and the route's part of the OpenAPI document.
 *
 * Problems are thrown, not returned: they are added to the document here, but not
 * to the route's type, so a handler's typed `c.json(body, status)` and the typed
 * client see only the answers a handler returns.
 */
export function apiRoute<const R extends Declared>(declaration: R) {
  const { tag, roles, problems = [], etag, ifMatch, idempotent, responses, ...route } = declaration;
  const hasBody = route.request?.body !== undefined;
  const middleware: MiddlewareHandler<AppEnv>[] = [
    ...(roles === 'public' ? [] : [requireRole(...roles)]),
    ...(idempotent ? [idempotency] : []),
    ...(hasBody ? [jsonBody] : []),
  ];
  const implied: ProblemStatus[] = [
    ...(route.request ? [400 as const] : []),
    ...(roles === 'public' ? [] : [401 as const, 403 as const]),
    ...(route.request?.params ? [404 as const] : []),
    ...(hasBody ? [413 as const, 415 as const] : []),
    ...(ifMatch ? [412 as const, 428 as const] : []),
    ...(idempotent ? [400 as const, 409 as const, 422 as const] : []),
    // Any route that meets DynamoDB throttling or errors after the SDK's retries answers 503 with Retry-After.
    503 as const,
  ];
  const documented: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status);
    const headers = {
      ...(etag && code < 300
        ? { ETag: { description: 'The version, for If-Match', schema: { type: 'string' } } }
        : {}),
      ...(code === 201
        ? { Location: { description: 'The created resource', schema: { type: 'string' } } }
        : {}),
    };
    documented[status] = Object.keys(headers).length > 0 ? { ...response, headers } : response;
  }
  for (const status of [...new Set([...implied, ...problems])].sort()) {
    documented[status] = { description: problemDescriptions[status], content: problemContent };
  }
  const config: RouteConfig = {
    ...route,
    tags: [tag],
    middleware,
    ...(roles === 'public'
      ? { security: [], 'x-roles': [] as Role[] }
      : { security: [{ bearer: [] }], 'x-roles': [...roles], description: `Roles: ${roles.join(', ')}.` }),
    parameters: [
      acceptLanguage,
      ...(ifMatch
        ? [{ name: 'If-Match', in: 'header' as const, required: true, schema: { type: 'string' as const } }]
        : []),
      ...(idempotent
        ? [
            {
              name: 'Idempotency-Key',
              in: 'header' as const,
              required: false,
              description: 'Repeat a POST safely: the same key within 24 hours returns the first response.',
              schema: { type: 'string' as const, maxLength: 128 },
            },
          ]
        : []),
    ],
    responses: documented as RouteConfig['responses'],
  };
  return createRoute(config) as unknown as Omit<R, keyof Declaration> & {
    middleware: MiddlewareHandler<AppEnv>[];
  };
}

/** The schema of a JSON response, for `responses: { 200: json('The employer', Employer) }`. */
export const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body, for `request: { body: jsonRequest(EmployerCreate) }`. */
export const jsonRequest = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true as const,
});
