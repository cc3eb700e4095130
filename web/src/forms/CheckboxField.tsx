import { describedBy, FieldMessages, type FieldProps } from './FieldMessages.tsx';
import { fieldId } from './field-errors.ts';

interface CheckboxFieldProps extends FieldProps {
  checked: boolean;
  onChecked: (checked: boolean) => void;
}

export function CheckboxField({ name, label, hint, error, checked, onChecked }: CheckboxFieldProps) {
  const id = fieldId(name);
  const field = { name, label, hint, error };
  return (
    <div className={`field choice${error ? ' field--error' : ''}`}>
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        onChange={(event) => onChecked(event.target.checked)}
        aria-describedby={describedBy(field)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages {...field} />
    </div>
  );
}
