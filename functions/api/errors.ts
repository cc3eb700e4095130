import { ConflictError, StaleVersionError } from '#shared/db/errors';
import { type FieldMessageKey, fieldMessages } from '#shared/messages/field-messages';
import type { Language, Said } from '#shared/messages/language';
import { type ProblemCode, problemCatalogue, problemTypeBase } from '#shared/messages/problems';
import type { Problem } from '#shared/schemas/common';

/** A field the request got wrong, with what to do in every language; one is picked per response. */
export interface FieldIssue {
  field: string;
  message: Said;
}

/** A field issue whose words are in the field-message catalogue. */
export const fieldIssue = (field: string, key: FieldMessageKey): FieldIssue => ({
  field,
  message: fieldMessages[key],
});

/**
 * An error that becomes an RFC 9457 problem response; anything else is a 500.
 * The code names the problem (its `type`); status, title and detail come from
 * the catalogue (shared/messages/problems.ts), in the caller's language.
 */
export class HttpProblem extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    readonly errors?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(problemCatalogue[code].detail.en);
    this.status = problemCatalogue[code].status;
  }

  toProblem(language: Language, instance?: string): Problem {
    const { title, detail } = problemCatalogue[this.code];
    return {
      type: `${problemTypeBase}${this.code}`,
      title: title[language],
      status: this.status,
      detail: detail[language],
      ...(instance ? { instance } : {}),
      ...(this.errors
        ? { errors: this.errors.map(({ field, message }) => ({ field, message: message[language] })) }
        : {}),
    };
  }
}

export const problem = (code: ProblemCode, errors?: FieldIssue[]) => new HttpProblem(code, errors);

export const unauthorized = (code: 'auth.required' | 'auth.token_invalid' | 'auth.tenant_unknown') =>
  new HttpProblem(code, undefined, { 'WWW-Authenticate': 'Bearer' });

export const unsupportedMediaType = () =>
  problem('body.media_type', [fieldIssue('header.Content-Type', 'body.content_type')]);

/**
 * What the store's refusals mean to the caller: a stale version is 412, a rule
 * the write broke is its own coded problem, blaming the field the store names.
 * Anything else is not a refusal and goes on as it is.
 */
export function storeProblem(error: unknown): unknown {
  if (error instanceof StaleVersionError) return problem('resource.changed');
  if (error instanceof ConflictError) {
    const message = error.said ?? problemCatalogue[error.code].detail;
    return problem(error.code, [{ field: error.field, message }]);
  }
  return error;
}
