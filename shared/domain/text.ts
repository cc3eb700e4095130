// Text people type is shown to other people (a coach, an employer). Control
// characters and bidirectional overrides can hide or reorder what they see
// ("Trojan Source"), and a lone surrogate is not text at all, so none is stored.
// Tab and line breaks are ordinary in descriptions and stay allowed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const disallowed = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored, or undefined when it can. */
export function textProblem(text: string): 'control_character' | 'not_well_formed' | undefined {
  if (loneSurrogate.test(text)) return 'not_well_formed';
  if (disallowed.test(text)) return 'control_character';
  return undefined;
}

/** Every string in a parsed JSON value that cannot be stored, by its field path ("address.street"). */
export function unstorableTexts(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return textProblem(value) ? [path.join('.') || '(body)'] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => unstorableTexts(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(textProblem(key) ? [[...path, key].join('.')] : []),
      ...unstorableTexts(item, [...path, key]),
    ]);
  }
  return [];
}
