import type { z } from 'zod';
import type { Role } from '#shared/schemas/common';

/** What the OpenAPI document says about one route; the schemas are the ones the route validates with. */
export interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI path under /v1, e.g. /employers/{id} */
  path: string;
  summary: string;
  tag: string;
  /** Roles that may call it; absent for public routes. */
  roles?: Role[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Reads that return an ETag, writes that need If-Match, creates that honour Idempotency-Key. */
  etag?: boolean;
  ifMatch?: boolean;
  idempotent?: boolean;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}
