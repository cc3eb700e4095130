import { describedBy, FieldMessages, type FieldProps } from './FieldMessages.tsx';
import { fieldId } from './field-errors.ts';

interface TextAreaProps extends FieldProps {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
}

export function TextArea({ name, label, hint, error, value, onValue, rows = 5 }: TextAreaProps) {
  const id = fieldId(name);
  const field = { name, label, hint, error };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages {...field} />
      <textarea
        id={id}
        name={name}
        className="input input--full"
        rows={rows}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field)}
      />
    </div>
  );
}
