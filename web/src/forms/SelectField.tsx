import { controlProps, FieldFrame, type FieldProps } from './FieldMessages.tsx';

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

export function SelectField({ value, options, onValue, ...field }: SelectFieldProps) {
  return (
    <FieldFrame field={field}>
      <select className="input select" {...controlProps(field, value, onValue)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
