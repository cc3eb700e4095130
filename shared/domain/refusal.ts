import type { Said } from '../messages/language.ts';
import type { ProblemCode } from '../messages/problems.ts';

/**
 * Why a rule says no, as data: the code names the problem (its status and words
 * are in the problem catalogue), the field is the one to blame, and the message
 * says this case in every language. The rule itself knows nothing about HTTP.
 */
export interface Refusal {
  ok: false;
  code: ProblemCode;
  field: string;
  message: Said;
}

export const refuse = (code: ProblemCode, field: string, message: Said): Refusal => ({
  ok: false,
  code,
  field,
  message,
});
