import type { Problem } from '#shared/schemas/common';

export interface FieldError {
  field: string;
  message: string;
}

/** An error that becomes an RFC 9457 problem response; anything else is a 500. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** A stable code for clients (`match.no_free_seat`); the title's slug when absent. */
    readonly code?: string,
  ) {
    super(detail ?? title);
  }

  toProblem(instance?: string): Problem {
    return {
      type: `https://bryggan.se/problems/${this.code ?? slug(this.title)}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const validationFailed = (errors: FieldError[], code?: string) =>
  new HttpProblem(400, 'Validation failed', 'One or more fields are invalid.', errors, undefined, code);
export const badRequest = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, 'Bad request', detail, errors);
export const unauthorized = (detail = 'Sign in to continue.') =>
  new HttpProblem(401, 'Unauthorized', detail, undefined, { 'WWW-Authenticate': 'Bearer' });
export const forbidden = (detail = 'Your role may not do this.', code?: string) =>
  new HttpProblem(403, 'Forbidden', detail, undefined, undefined, code);
export const notFound = (what = 'Resource') => new HttpProblem(404, 'Not found', `${what} was not found.`);
export const conflict = (detail: string, errors?: FieldError[], code?: string) =>
  new HttpProblem(409, 'Conflict', detail, errors, undefined, code);
export const preconditionFailed = () =>
  new HttpProblem(412, 'Precondition failed', 'The resource has changed since you read it. Read it again.');
export const preconditionRequired = () =>
  new HttpProblem(428, 'Precondition required', 'Send If-Match with the ETag you read.');
export const unprocessable = (detail: string, errors?: FieldError[], code?: string) =>
  new HttpProblem(422, 'Unprocessable content', detail, errors, undefined, code);
export const unsupportedMediaType = () =>
  new HttpProblem(
    415,
    'Unsupported media type',
    'Send the body as JSON with Content-Type: application/json.',
    [{ field: 'header.Content-Type', message: 'Skicka innehållet som application/json.' }],
  );
