import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type Choice, ChoiceFieldset, ChoiceInput, toggled } from './ChoiceGroup.tsx';
import type { FieldProps } from './FieldMessages.tsx';

interface RankedChoicesProps extends FieldProps {
  options: Choice[];
  /** The chosen values, most wanted first. */
  selected: readonly string[];
  onSelected: (selected: string[]) => void;
}

type Direction = 'up' | 'down';

/**
 * Checkboxes to choose, then a numbered list with "move up" and "move down" buttons to put
 * the choices in order: no dragging, so it works with a keyboard and a screen reader alike.
 * Focus stays with the item that moved, and the new place is announced.
 */
export function RankedChoices({
  name,
  label,
  hint,
  error,
  options,
  selected,
  onSelected,
}: RankedChoicesProps) {
  const { t } = useI18n();
  const orderId = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusNext, setFocusNext] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? value;

  useEffect(() => {
    if (!focusNext) return;
    buttons.current.get(focusNext)?.focus();
    setFocusNext(undefined);
  }, [focusNext]);

  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const value = selected[index];
    if (value === undefined || target < 0 || target >= selected.length) return;
    const next = [...selected];
    next.splice(index, 1);
    next.splice(target, 0, value);
    onSelected(next);
    // At the top (or bottom) the same button is disabled; then the other one keeps focus.
    const atEnd = direction === 'up' ? target === 0 : target === next.length - 1;
    const opposite: Direction = direction === 'up' ? 'down' : 'up';
    setFocusNext(`${value}:${atEnd ? opposite : direction}`);
    setAnnouncement(t.participantForm.moved(labelOf(value), target + 1, next.length));
  };

  const button = (value: string, index: number, direction: Direction) => (
    <button
      type="button"
      className="button button--secondary button--small"
      disabled={direction === 'up' ? index === 0 : index === selected.length - 1}
      onClick={() => move(index, direction)}
      ref={(element) => {
        if (element) buttons.current.set(`${value}:${direction}`, element);
        else buttons.current.delete(`${value}:${direction}`);
      }}
    >
      {direction === 'up' ? t.participantForm.moveUp : t.participantForm.moveDown}
      <span className="visually-hidden"> {labelOf(value)}</span>
    </button>
  );

  return (
    <ChoiceFieldset field={{ name, label, hint, error }}>
      <div className="choices choices--columns">
        {options.map((choice, index) => (
          <ChoiceInput
            key={choice.value}
            type="checkbox"
            name={name}
            first={index === 0}
            choice={choice}
            checked={selected.includes(choice.value)}
            onChecked={(checked) => onSelected(toggled(selected, choice.value, checked))}
          />
        ))}
      </div>
      <div className="ranking">
        <p className="ranking__title" id={orderId}>
          {t.participantForm.interestsOrder}
        </p>
        {selected.length === 0 ? (
          <p className="hint">{t.participantForm.interestsNone}</p>
        ) : (
          <ol className="ranking__list" aria-labelledby={orderId}>
            {selected.map((value, index) => (
              <li key={value}>
                <span className="ranking__name">{labelOf(value)}</span>
                <span className="ranking__buttons">
                  {button(value, index, 'up')}
                  {button(value, index, 'down')}
                </span>
              </li>
            ))}
          </ol>
        )}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
    </ChoiceFieldset>
  );
}
