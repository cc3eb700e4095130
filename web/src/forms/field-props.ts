import type { FieldProps } from './FieldMessages.tsx';
import type { FieldErrors } from './field-errors.ts';

type Words = Record<string, unknown>;
type Labels<W extends Words> = { [K in keyof W & string]: W[K] extends string ? K : never }[keyof W & string];

/**
 * The props that tie a field to its form: its name (the key of its error), its label and hint
 * from the form's words (`<key>` and, where there is one, `<key>Hint`), and its error.
 */
export function fieldProps<W extends Words>(words: W, errors: FieldErrors) {
  return (name: string, key: Labels<W> = name as Labels<W>): FieldProps => {
    const hint = words[`${key}Hint`];
    return {
      name,
      label: words[key] as string,
      hint: typeof hint === 'string' ? hint : undefined,
      error: errors[name],
    };
  };
}
