import type { Refusal } from '#shared/domain/refusal';
import { forbidden, type HttpProblem, unprocessable, validationFailed } from './errors.ts';

/** A domain rule's refusal as the problem the API answers. */
export function problemFor(refusal: Refusal): HttpProblem {
  const errors = [{ field: refusal.field, message: refusal.message.sv }];
  if (refusal.kind === 'invalid') return validationFailed(errors, refusal.code);
  if (refusal.kind === 'forbidden') return forbidden(refusal.message.en, refusal.code);
  return unprocessable(refusal.message.en, errors, refusal.code);
}
