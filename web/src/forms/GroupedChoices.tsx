import { type Choice, ChoiceFieldset, ChoiceInput, toggled } from './ChoiceGroup.tsx';
import type { FieldProps } from './FieldMessages.tsx';

export interface ChoiceGroupOfOptions<T extends string> {
  key: string;
  label: string;
  options: Choice<T>[];
}

interface GroupedChoicesProps<T extends string> extends FieldProps {
  groups: ChoiceGroupOfOptions<T>[];
  selected: readonly T[];
  onSelected: (selected: T[]) => void;
}

/**
 * One field of checkboxes in named groups (a fieldset of fieldsets), for a long list that
 * reads better in parts; the first checkbox carries the field's id for the error summary.
 */
export function GroupedChoices<T extends string>({
  name,
  label,
  hint,
  error,
  groups,
  selected,
  onSelected,
}: GroupedChoicesProps<T>) {
  const first = groups[0]?.options[0]?.value;
  return (
    <ChoiceFieldset field={{ name, label, hint, error }}>
      {groups.map((group) => (
        <fieldset className="choice-subgroup" key={group.key}>
          <legend>{group.label}</legend>
          <div className="choices choices--columns">
            {group.options.map((choice) => (
              <ChoiceInput
                key={choice.value}
                type="checkbox"
                name={name}
                first={choice.value === first}
                choice={choice}
                checked={selected.includes(choice.value)}
                onChecked={(checked) => onSelected(toggled(selected, choice.value, checked))}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </ChoiceFieldset>
  );
}
