import { type MouseEvent, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type FieldErrors, fieldId } from './field-errors.ts';

interface ErrorSummaryProps {
  errors: FieldErrors;
  general: string[];
  /** Field labels in the order the fields appear; errors for unknown fields are listed without a link. */
  labels: Record<string, string>;
  /** Each new value moves focus here, so a screen reader reads the errors after a failed save. */
  focusSignal: number;
}

/** "Förnamn:" but "Vilka dagar kan personen arbeta?" as it is: a question needs no colon. */
const withColon = (label: string) => (/[?:]$/.test(label) ? label : `${label}:`);

function focusField(event: MouseEvent<HTMLAnchorElement>, key: string) {
  const input = document.getElementById(fieldId(key));
  if (!input) return;
  event.preventDefault();
  // Show the field's label or legend too, not only the input.
  (input.closest('fieldset') ?? input.closest('.field') ?? input).scrollIntoView({ block: 'start' });
  input.focus({ preventScroll: true });
}

export function ErrorSummary({ errors, general, labels, focusSignal }: ErrorSummaryProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLElement>(null);
  const known = Object.keys(labels).filter((key) => errors[key]);
  const other = [
    ...general,
    ...Object.entries(errors)
      .filter(([key]) => !(key in labels))
      .map(([, message]) => message),
  ];
  const count = known.length + other.length;
  // Nothing the person can fix in a field (a lost connection, a conflict): say it was not saved.
  const onlyGeneral = count === general.length;

  useEffect(() => {
    if (focusSignal > 0) ref.current?.focus();
  }, [focusSignal]);

  if (count === 0) return null;
  return (
    <section className="error-summary" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{onlyGeneral ? t.form.notSavedTitle : t.form.summaryTitle(count)}</h2>
      <p>{onlyGeneral ? t.form.notSavedIntro : t.form.summaryIntro}</p>
      <ul>
        {known.map((key) => (
          <li key={key}>
            <a href={`#${fieldId(key)}`} onClick={(event) => focusField(event, key)}>
              {withColon(labels[key] ?? key)} {errors[key]}
            </a>
          </li>
        ))}
        {other.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </section>
  );
}
