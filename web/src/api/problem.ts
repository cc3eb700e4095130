import type { Problem } from '#shared/schemas/common';

/** A non-2xx answer from the API, with its problem+json body when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

export interface JsonResponse<T> {
  ok: boolean;
  status: number;
  headers: Headers;
  json: () => Promise<T>;
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body;
}

/** The body of a successful answer and its ETag; anything else becomes an ApiError. */
export async function readJson<T>(
  request: Promise<JsonResponse<T>>,
): Promise<{ body: T; etag: string | undefined }> {
  const response = await request;
  if (!response.ok) throw await failureOf(response);
  return { body: await response.json(), etag: response.headers.get('ETag') ?? undefined };
}

async function failureOf(response: JsonResponse<unknown>): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  return new ApiError(response.status, isProblem(body) ? body : undefined);
}

/** An answer with no body (204): nothing to read, but a refusal is still an ApiError. */
export async function expectNoContent(request: Promise<JsonResponse<unknown>>): Promise<void> {
  const response = await request;
  if (!response.ok) throw await failureOf(response);
}

export async function readBody<T>(request: Promise<JsonResponse<T>>): Promise<T> {
  return (await readJson(request)).body;
}

/**
 * The stable code at the end of the problem's `type` (`https://bryggan.se/problems/match.no_free_seat`):
 * what the web maps to words, never the problem's sentences.
 */
export function problemCode(error: unknown): string | undefined {
  const type = error instanceof ApiError ? error.problem?.type : undefined;
  if (typeof type !== 'string') return undefined;
  return type.slice(type.lastIndexOf('/') + 1) || undefined;
}

/** A 401 has already sent the person to sign in; there is nothing more to show. */
export const isSignedOut = (error: unknown) => error instanceof ApiError && error.status === 401;

/** A 412: someone changed the record after the page read it, so nothing was saved. */
export const isStale = (error: unknown) => error instanceof ApiError && error.status === 412;
