import { useI18n } from '../i18n/I18nProvider.tsx';
import { fieldId } from './field-errors.ts';

export interface FieldProps {
  /** The field's key in the form's errors, e.g. `address.postcode`. */
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The ids a field's input points to with aria-describedby. */
export function describedBy({ name, hint, error }: FieldProps): string | undefined {
  const id = fieldId(name);
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldMessages({ name, hint, error }: FieldProps) {
  const { t } = useI18n();
  const id = fieldId(name);
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{t.form.errorPrefix} </span>
          {error}
        </p>
      )}
    </>
  );
}
