import { controlProps, FieldFrame, type FieldProps } from './FieldMessages.tsx';

interface TextAreaProps extends FieldProps {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
}

export function TextArea({ value, onValue, rows = 5, ...field }: TextAreaProps) {
  return (
    <FieldFrame field={field}>
      <textarea className="input input--full" rows={rows} {...controlProps(field, value, onValue)} />
    </FieldFrame>
  );
}
