import type { Refusal } from '#shared/domain/refusal';
import { HttpProblem } from './errors.ts';

/** A domain rule's refusal as the problem the API answers; the catalogue gives its status. */
export const problemFor = (refusal: Refusal): HttpProblem =>
  new HttpProblem(refusal.code, [{ field: refusal.field, message: refusal.message }]);
