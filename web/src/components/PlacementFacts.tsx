import type { Placement } from '../api/types.ts';
import { Fact, ScheduleText } from '../components/Fact.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useVocabulary } from '../vocabulary/VocabularyProvider.tsx';
import { formatDate } from './format.ts';
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
  const { words } = useVocabulary();
  const level = levels.find((candidate) => candidate === placement.maxSupportLevel);
  return (
    <dl className="facts">
      <Fact label={t.placement.labels.kind}>{t.placementKinds[placement.kind]}</Fact>
      {showEmployer && <Fact label={t.placement.labels.employer}>{placement.employerName}</Fact>}
      <Fact label={t.placement.labels.sector}>{words.sectors[placement.sector] ?? placement.sector}</Fact>
      <Fact label={t.placement.labels.seats}>{t.placement.seats(placement.seatsTaken, placement.seats)}</Fact>
      <Fact label={t.placement.labels.tasks}>
        <TagList items={placement.tasks.map((task) => words.tasks[task])} />
      </Fact>
      {placement.traits.length > 0 && (
        <Fact label={t.placement.labels.demands}>
          <TagList items={placement.traits.map((trait) => words.traits[trait])} />
        </Fact>
      )}
      <Fact label={t.placement.labels.schedule}>
        <ScheduleText schedule={placement.schedule} />
      </Fact>
      <Fact label={t.placement.labels.support}>
        {level ? words.supportLevels[level].title : placement.maxSupportLevel}
      </Fact>
      <Fact label={t.placement.labels.environment}>
        <TagList
          items={[
            ...placement.environment.map((tag) => words.environment[tag]),
            placement.supervisorOnSite ? t.placement.supervisor : t.placement.noSupervisor,
          ]}
        />
      </Fact>
      <Fact label={t.placement.labels.area}>{placement.location.area}</Fact>
      <Fact label={t.placement.labels.start}>{formatDate(placement.startDate, lang)}</Fact>
    </dl>
  );
}
