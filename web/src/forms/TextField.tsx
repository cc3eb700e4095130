import type { InputHTMLAttributes } from 'react';
import { controlProps, FieldFrame, type FieldProps } from './FieldMessages.tsx';
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
  const field = { name, label, hint, error };
  const statusId = `${fieldId(name)}-status`;
  return (
    <FieldFrame field={field}>
      <input
        {...input}
        className={`input input--${width}`}
        {...controlProps(field, value, onValue, status ? statusId : undefined)}
      />
      <p className="field-status" id={statusId} aria-live="polite">
        {status}
      </p>
    </FieldFrame>
  );
}
