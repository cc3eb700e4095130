import type { Placement } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDate, formatList } from './format.ts';
import { TagList } from './TagList.tsx';

const levels = [1, 2, 3, 4] as const;

/** What a placement offers and asks for, in words; shared by the employer's and the coach's lists. */
export function PlacementFacts({
  placement,
  showEmployer,
}: {
  placement: Placement;
  showEmployer?: boolean;
}) {
  const { t, lang } = useI18n();
  const level = levels.find((candidate) => candidate === placement.maxSupportLevel);
  return (
    <dl className="facts">
      {showEmployer && (
        <div>
          <dt>{t.placement.labels.employer}</dt>
          <dd>{placement.employerName}</dd>
        </div>
      )}
      <div>
        <dt>{t.placement.labels.sector}</dt>
        <dd>{t.sectors[placement.sector] ?? placement.sector}</dd>
      </div>
      <div>
        <dt>{t.placement.labels.seats}</dt>
        <dd>{t.placement.seats(placement.seatsTaken, placement.seats)}</dd>
      </div>
      <div>
        <dt>{t.placement.labels.tasks}</dt>
        <dd>
          <TagList items={placement.tasks.map((task) => t.tasks[task])} />
        </dd>
      </div>
      {placement.traits.length > 0 && (
        <div>
          <dt>{t.placement.labels.demands}</dt>
          <dd>
            <TagList items={placement.traits.map((trait) => t.traits[trait])} />
          </dd>
        </div>
      )}
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
        <dt>{t.placement.labels.support}</dt>
        <dd>{level ? t.supportLevels[level].title : placement.maxSupportLevel}</dd>
      </div>
      <div>
        <dt>{t.placement.labels.environment}</dt>
        <dd>
          <TagList
            items={[
              ...placement.environment.map((tag) => t.environment[tag]),
              placement.supervisorOnSite ? t.placement.supervisor : t.placement.noSupervisor,
            ]}
          />
        </dd>
      </div>
      <div>
        <dt>{t.placement.labels.area}</dt>
        <dd>{placement.location.area}</dd>
      </div>
      <div>
        <dt>{t.placement.labels.start}</dt>
        <dd>{formatDate(placement.startDate, lang)}</dd>
      </div>
    </dl>
  );
}
