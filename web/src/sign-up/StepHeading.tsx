import { useEffect, useRef } from 'react';

/** A step's heading; it takes focus when the step appears, so a screen reader reads the new step. */
export function StepHeading({ children, focus = true }: { children: string; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h2 tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}
