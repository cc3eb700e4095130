import { describedBy, FieldMessages, type FieldProps } from './FieldMessages.tsx';
import { fieldId } from './field-errors.ts';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface SelectFieldProps extends FieldProps {
  value: string;
  options: Option[];
  onValue: (value: string) => void;
}

export function SelectField({ name, label, hint, error, value, options, onValue }: SelectFieldProps) {
  const id = fieldId(name);
  const field = { name, label, hint, error };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages {...field} />
      <select
        id={id}
        name={name}
        className="input select"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
