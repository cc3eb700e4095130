import type { ReactNode } from 'react';
import type { Schedule } from '#shared/schemas/vocabulary';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatList } from './format.ts';

/** One fact in a `dl.facts`: what it is and what it says. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A schedule in words: "Halvdag: måndag, tisdag och fredag". */
export function ScheduleText({ schedule }: { schedule: Schedule }) {
  const { t, lang } = useI18n();
  return (
    <>
      {t.placement.schedule(
        t.scheduleKinds[schedule.kind],
        formatList(
          schedule.weekdays.map((day) => t.weekdaysInText[day]),
          lang,
        ),
      )}
    </>
  );
}
