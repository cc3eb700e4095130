import { type ReactNode, useState } from 'react';
import { describedBy, FieldMessages, type FieldProps } from './FieldMessages.tsx';
import { fieldId } from './field-errors.ts';

export interface Choice<T extends string = string> {
  value: T;
  label: string;
  hint?: string;
}

/** The choices for `values`, each named by its word in `labels` (or by itself when it has none). */
export const choicesOf = <T extends string>(
  values: readonly T[],
  labels: Partial<Record<T, string>>,
): Choice<T>[] => values.map((value) => ({ value, label: labels[value] ?? value }));

/** `selected` with `value` added or taken away, as a checkbox changes it. */
export const toggled = <T extends string>(selected: readonly T[], value: T, checked: boolean): T[] =>
  checked ? [...selected, value] : selected.filter((item) => item !== value);

/** The fieldset around a group of choices: the legend, the hint and the error, then the inputs. */
export function ChoiceFieldset({ field, children }: { field: FieldProps; children: ReactNode }) {
  return (
    <fieldset
      className={`field choice-group${field.error ? ' field--error' : ''}`}
      aria-describedby={describedBy(field)}
    >
      <legend>{field.label}</legend>
      <FieldMessages {...field} />
      {children}
    </fieldset>
  );
}

interface ChoiceInputProps<T extends string> {
  type: 'checkbox' | 'radio';
  name: string;
  /** The field's id for the first choice (the error summary links to it), else the choice's own. */
  first: boolean;
  choice: Choice<T>;
  checked: boolean;
  onChecked: (checked: boolean) => void;
}

/** One checkbox or radio with its label and, when it has one, its hint. */
export function ChoiceInput<T extends string>({
  type,
  name,
  first,
  choice,
  checked,
  onChecked,
}: ChoiceInputProps<T>) {
  const id = fieldId(name);
  const optionId = first ? id : `${id}-${choice.value}`;
  return (
    <div className="choice">
      <input
        type={type}
        id={optionId}
        name={name}
        value={choice.value}
        checked={checked}
        onChange={(event) => onChecked(event.target.checked)}
        aria-describedby={choice.hint ? `${optionId}-hint` : undefined}
      />
      <label htmlFor={optionId}>{choice.label}</label>
      {choice.hint && (
        <p className="choice-hint" id={`${optionId}-hint`}>
          {choice.hint}
        </p>
      )}
    </div>
  );
}

interface ChoiceGroupProps<T extends string> extends FieldProps {
  options: Choice<T>[];
  columns?: boolean;
  /**
   * The choices most people need (with those already chosen) show first; the rest wait
   * behind a "show more" button, so a phone is not a wall of checkboxes.
   */
  suggested?: { values: readonly T[]; more: (hidden: number) => string; fewer: string } | undefined;
}

interface CheckboxesProps<T extends string> extends ChoiceGroupProps<T> {
  type: 'checkbox';
  selected: readonly T[];
  onSelected: (selected: T[]) => void;
}

interface RadiosProps<T extends string> extends ChoiceGroupProps<T> {
  type: 'radio';
  /** Empty while nothing is chosen. */
  selected: T | '';
  onSelected: (selected: T) => void;
}

/** A fieldset of checkboxes or radios; the first input carries the field's id for the error summary. */
export function ChoiceGroup<T extends string>(props: CheckboxesProps<T> | RadiosProps<T>) {
  const { name, label, hint, error, options, columns, suggested } = props;
  const [expanded, setExpanded] = useState(false);
  const isChecked = (value: T) =>
    props.type === 'checkbox' ? props.selected.includes(value) : props.selected === value;
  const change = (value: T, checked: boolean) => {
    if (props.type === 'radio') props.onSelected(value);
    else props.onSelected(toggled(props.selected, value, checked));
  };
  const shownFirst = suggested
    ? options.filter((choice) => suggested.values.includes(choice.value) || isChecked(choice.value))
    : options;
  const hidden = options.length - shownFirst.length;
  const shown = expanded || !suggested ? options : shownFirst;
  return (
    <ChoiceFieldset field={{ name, label, hint, error }}>
      <div className={columns ? 'choices choices--columns' : 'choices'} id={`${fieldId(name)}-choices`}>
        {shown.map((choice, index) => (
          <ChoiceInput
            key={choice.value}
            type={props.type}
            name={name}
            first={index === 0}
            choice={choice}
            checked={isChecked(choice.value)}
            onChecked={(checked) => change(choice.value, checked)}
          />
        ))}
      </div>
      {suggested && hidden > 0 && (
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={expanded}
          aria-controls={`${fieldId(name)}-choices`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? suggested.fewer : suggested.more(hidden)}
        </button>
      )}
    </ChoiceFieldset>
  );
}
