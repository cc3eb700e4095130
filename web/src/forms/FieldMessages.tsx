import type { ChangeEvent, ReactNode } from 'react';
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

/** A field with one control: its label, its hint and error, then the control. */
export function FieldFrame({ field, children }: { field: FieldProps; children: ReactNode }) {
  return (
    <div className={`field${field.error ? ' field--error' : ''}`}>
      <label htmlFor={fieldId(field.name)}>{field.label}</label>
      <FieldMessages {...field} />
      {children}
    </div>
  );
}

/** What a field's control carries: its id and name, its value, and where its messages are. */
export function controlProps(
  field: FieldProps,
  value: string,
  onValue: (value: string) => void,
  /** More ids the control is described by (a live status under it). */
  alsoDescribedBy?: string,
) {
  return {
    id: fieldId(field.name),
    name: field.name,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      onValue(event.target.value),
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': [describedBy(field), alsoDescribedBy].filter(Boolean).join(' ') || undefined,
  } as const;
}
