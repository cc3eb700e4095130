import { type ReactNode, useId, useState } from 'react';

interface ExcludedToggleProps {
  count: number;
  showLabel: string;
  hideLabel: string;
  title: string;
  intro: string;
  children: ReactNode;
}

/** A button that shows or hides the pairs matching left out, with why (a disclosure). */
export function ExcludedToggle({ count, showLabel, hideLabel, title, intro, children }: ExcludedToggleProps) {
  const id = useId();
  const [shown, setShown] = useState(false);
  if (count === 0) return null;
  return (
    <div className="section">
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={shown}
        aria-controls={`${id}-excluded`}
        onClick={() => setShown(!shown)}
      >
        {shown ? hideLabel : showLabel}
      </button>
      <section id={`${id}-excluded`} aria-labelledby={`${id}-title`} hidden={!shown}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p>{intro}</p>
        {children}
      </section>
    </div>
  );
}
