import { zValidator } from '@hono/zod-validator';
import type { HonoRequest, ValidationTargets } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { unstorableTexts } from '#shared/domain/text';
import { issueMessage } from '#shared/messages/issue-messages';
import { type FieldIssue, fieldIssue, problem, unsupportedMediaType } from './errors.ts';

/** The value at a path of what was sent, to tell a missing field from a wrong one. */
const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );

/**
 * Turns zod issues into the API's per-field list ("address.postcode"), each in
 * every language: the schema's own message, or plain words for zod's check.
 */
export function fieldErrors(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix?: string,
): FieldIssue[] {
  const field = (path: readonly PropertyKey[]) =>
    [prefix, ...path.map(String)].filter(Boolean).join('.') || '(body)';
  // An unknown key is named itself, not the object it was found in.
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => fieldIssue(field([...issue.path, key]), 'field.unknown'))
      : [
          {
            field: field(issue.path),
            message: issueMessage(issue, valueAt(input, issue.path) === undefined),
          },
        ],
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
    throw problem('body.not_utf8', [fieldIssue('(body)', 'body.not_utf8')]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw problem('body.not_json', [fieldIssue('(body)', 'body.not_json')]);
  }
  const unstorable = unstorableTexts(parsed);
  if (unstorable.length > 0) {
    throw problem(
      'text.disallowed_character',
      unstorable.map((field) => fieldIssue(field, 'text.disallowed_character')),
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
  result: { target: keyof ValidationTargets; data?: unknown } & (
    | { success: true }
    | { success: false; error: { issues: readonly z.core.$ZodIssue[] } }
  ),
) => {
  if (!result.success) {
    const prefix = result.target === 'json' ? undefined : result.target;
    throw problem('request.invalid', fieldErrors(result.error.issues, result.data, prefix));
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
