import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldMessages, type FieldProps } from './FieldMessages.tsx';
import { fieldId } from './field-errors.ts';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'onChange' | 'id'>;

interface TextFieldProps extends FieldProps, InputProps {
  value: string;
  onValue: (value: string) => void;
  /** A live note under the field, e.g. that a number checks out. */
  status?: string | undefined;
  width?: 'short' | 'medium' | 'full';
}

export function TextField({
  name,
  label,
  hint,
  error,
  value,
  onValue,
  status,
  width = 'full',
  ...input
}: TextFieldProps) {
  const id = fieldId(name);
  const field = { name, label, hint, error };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages {...field} />
      <input
        {...input}
        id={id}
        name={name}
        className={`input input--${width}`}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [describedBy(field), status ? `${id}-status` : ''].filter(Boolean).join(' ') || undefined
        }
      />
      <p className="field-status" id={`${id}-status`} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
