import type { Placement } from '../../api/types.ts';
import { Fact, ScheduleText } from '../../components/Fact.tsx';
import { formatDate } from '../../components/format.ts';
import { TagList } from '../../components/TagList.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useVocabulary } from '../../vocabulary/VocabularyProvider.tsx';

/**
 * What a coach reads to the participant next to the score: the employer's own words
 * about the day, the tasks and the start, then the few facts that decide the fit.
 */
export function PlacementBrief({ placement }: { placement: Placement }) {
  const { t, lang } = useI18n();
  const { words } = useVocabulary();
  return (
    <>
      <p className="card__description">{placement.description}</p>
      <dl className="facts">
        <Fact label={t.placement.labels.kind}>{t.placementKinds[placement.kind]}</Fact>
        <Fact label={t.placement.labels.employer}>{placement.employerName}</Fact>
        <Fact label={t.placement.labels.sector}>{words.sectors[placement.sector] ?? placement.sector}</Fact>
        <Fact label={t.placement.labels.schedule}>
          <ScheduleText schedule={placement.schedule} />
        </Fact>
        <Fact label={t.placement.labels.area}>{placement.location.area}</Fact>
        <Fact label={t.placement.labels.seats}>
          {t.placement.seats(placement.seatsTaken, placement.seats)}
        </Fact>
        <Fact label={t.placement.labels.tasks}>
          <TagList items={placement.tasks.map((task) => words.tasks[task])} />
        </Fact>
        <Fact label={t.placement.labels.start}>{formatDate(placement.startDate, lang)}</Fact>
      </dl>
    </>
  );
}
