import { type FormEvent, type ReactNode, useId } from 'react';

interface FilterFormProps {
  label: string;
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
}

/** The filters above a list; applying them puts them in the address so it can be shared. */
export function FilterForm({ label, submitLabel, onSubmit, children }: FilterFormProps) {
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form aria-labelledby={id} className="filters" onSubmit={submit}>
      <h2 id={id} className="visually-hidden">
        {label}
      </h2>
      <div className="filters__fields">{children}</div>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
