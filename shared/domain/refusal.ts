/** Words for people, Swedish first. */
export interface Said {
  sv: string;
  en: string;
}

/**
 * Why a rule says no, as data: the API turns `kind` into a status and `code`
 * into the problem type, so the rule itself knows nothing about HTTP.
 * invalid: the request's own fields (400); forbidden: the caller's role (403);
 * unprocessable: the request is well formed but the domain refuses it (422).
 */
export interface Refusal {
  ok: false;
  kind: 'invalid' | 'forbidden' | 'unprocessable';
  code: string;
  field: string;
  message: Said;
}

export const refuse = (kind: Refusal['kind'], code: string, field: string, message: Said): Refusal => ({
  ok: false,
  kind,
  code,
  field,
  message,
});
