import { describedBy, FieldMessages, type FieldProps } from './FieldMessages.tsx';
import { fieldId } from './field-errors.ts';
import type { Option } from './SelectField.tsx';

export interface ChoiceGroupOfOptions {
  key: string;
  label: string;
  options: Option[];
}

interface GroupedChoicesProps extends FieldProps {
  groups: ChoiceGroupOfOptions[];
  selected: readonly string[];
  onSelected: (selected: string[]) => void;
}

/**
 * One field of checkboxes in named groups (a fieldset of fieldsets), for a long list that
 * reads better in parts; the first checkbox carries the field's id for the error summary.
 */
export function GroupedChoices({
  name,
  label,
  hint,
  error,
  groups,
  selected,
  onSelected,
}: GroupedChoicesProps) {
  const id = fieldId(name);
  const field = { name, label, hint, error };
  const first = groups[0]?.options[0]?.value;
  const toggle = (value: string, checked: boolean) =>
    onSelected(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset
      className={`field choice-group${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(field)}
    >
      <legend>{label}</legend>
      <FieldMessages {...field} />
      {groups.map((group) => (
        <fieldset className="choice-subgroup" key={group.key}>
          <legend>{group.label}</legend>
          <div className="choices choices--columns">
            {group.options.map((option) => {
              const optionId = option.value === first ? id : `${id}-${option.value}`;
              return (
                <div className="choice" key={option.value}>
                  <input
                    type="checkbox"
                    id={optionId}
                    name={name}
                    value={option.value}
                    checked={selected.includes(option.value)}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                  />
                  <label htmlFor={optionId}>{option.label}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
