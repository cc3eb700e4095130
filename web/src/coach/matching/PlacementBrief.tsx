import type { Placement } from '../../api/types.ts';
import { formatList } from '../../components/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** The few facts about a placement a coach needs next to its score. */
export function PlacementBrief({ placement }: { placement: Placement }) {
  const { t, lang } = useI18n();
  return (
    <dl className="facts">
      <div>
        <dt>{t.placement.labels.employer}</dt>
        <dd>{placement.employerName}</dd>
      </div>
      <div>
        <dt>{t.placement.labels.sector}</dt>
        <dd>{t.sectors[placement.sector] ?? placement.sector}</dd>
      </div>
      <div>
        <dt>{t.placement.labels.schedule}</dt>
        <dd>
          {t.placement.schedule(
            t.scheduleKinds[placement.schedule.kind],
            formatList(
              placement.schedule.weekdays.map((day) => t.weekdaysInText[day]),
              lang,
            ),
          )}
        </dd>
      </div>
      <div>
        <dt>{t.placement.labels.area}</dt>
        <dd>{placement.location.area}</dd>
      </div>
      <div>
        <dt>{t.placement.labels.seats}</dt>
        <dd>{t.placement.seats(placement.seatsTaken, placement.seats)}</dd>
      </div>
    </dl>
  );
}
