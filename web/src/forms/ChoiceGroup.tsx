import { describedBy, FieldMessages, type FieldProps } from './FieldMessages.tsx';
import { fieldId } from './field-errors.ts';
import type { Option } from './SelectField.tsx';

interface ChoiceGroupProps extends FieldProps {
  options: Option[];
  columns?: boolean;
}

interface CheckboxesProps extends ChoiceGroupProps {
  type: 'checkbox';
  selected: readonly string[];
  onSelected: (selected: string[]) => void;
}

interface RadiosProps extends ChoiceGroupProps {
  type: 'radio';
  selected: string;
  onSelected: (selected: string) => void;
}

/** A fieldset of checkboxes or radios; the first input carries the field's id for the error summary. */
export function ChoiceGroup(props: CheckboxesProps | RadiosProps) {
  const { name, label, hint, error, options, columns } = props;
  const id = fieldId(name);
  const field = { name, label, hint, error };
  const isChecked = (value: string) =>
    props.type === 'checkbox' ? props.selected.includes(value) : props.selected === value;
  const toggle = (value: string, checked: boolean) => {
    if (props.type === 'radio') props.onSelected(value);
    else
      props.onSelected(
        checked ? [...props.selected, value] : props.selected.filter((item) => item !== value),
      );
  };
  return (
    <fieldset
      className={`field choice-group${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(field)}
    >
      <legend>{label}</legend>
      <FieldMessages {...field} />
      <div className={columns ? 'choices choices--columns' : 'choices'}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input
                type={props.type}
                id={optionId}
                name={name}
                value={option.value}
                checked={isChecked(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              />
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint && (
                <p className="choice-hint" id={`${optionId}-hint`}>
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
