import { zValidator } from '@hono/zod-validator';
import type { HonoRequest, ValidationTargets } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { unstorableTexts } from '#shared/domain/text';
import { badRequest, type FieldError, unsupportedMediaType, validationFailed } from './errors.ts';

/** Turns zod issues into the API's per-field error list ("address.postcode"). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldError[] {
  const field = (path: readonly PropertyKey[]) =>
    [prefix, ...path.map(String)].filter(Boolean).join('.') || '(body)';
  // An unknown key is named itself, not the object it was found in.
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: field([...issue.path, key]), message: 'Okänt fält.' }))
      : [{ field: field(issue.path), message: issue.message }],
  );
}

const jsonType = /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A JSON body, or a problem: 415 for another content type (its body would be
 * ignored and the write would still happen), 400 for bytes that are not UTF-8,
 * for malformed JSON, and for text with control or direction-override characters.
 */
async function checkJsonBody(request: HonoRequest): Promise<void> {
  if (!jsonType.test(request.header('content-type') ?? '')) throw unsupportedMediaType();
  let text: string;
  try {
    text = utf8.decode(await request.arrayBuffer());
  } catch {
    throw badRequest('The body is not valid UTF-8.', [{ field: '(body)', message: 'Texten är inte UTF-8.' }]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('The body is not valid JSON.', [
      { field: '(body)', message: 'Innehållet är inte JSON.' },
    ]);
  }
  const unstorable = unstorableTexts(parsed);
  if (unstorable.length > 0) {
    throw validationFailed(
      unstorable.map((field) => ({ field, message: 'Texten innehåller otillåtna tecken.' })),
      'text.disallowed_character',
    );
  }
}

/** The JSON body check as a middleware, for routes declared with `apiRoute` (it runs before their validators). */
export const jsonBody = createMiddleware(async (c, next) => {
  await checkJsonBody(c.req);
  await next();
});

/**
 * What a declared route does with a failed validation: the same 400 problem as
 * `validate`, with query and path errors prefixed by their target.
 */
export const validationHook = (
  result: { target: keyof ValidationTargets } & (
    | { success: true }
    | { success: false; error: { issues: readonly z.core.$ZodIssue[] } }
  ),
) => {
  if (!result.success) {
    throw validationFailed(
      fieldErrors(result.error.issues, result.target === 'json' ? undefined : result.target),
    );
  }
};

/**
 * zValidator with the API's error shape: a 400 problem naming each field.
 * Query and path errors are prefixed so a client can tell them from body fields;
 * a JSON body is checked as a body first (`checkJsonBody`).
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) => {
  const validator = zValidator(target, schema, validationHook);
  if (target !== 'json') return validator;
  const withBodyCheck: typeof validator = async (c, next) => {
    await checkJsonBody(c.req);
    return validator(c, next);
  };
  return withBodyCheck;
};
