import type { Placement } from '../../api/types.ts';
import { Fact, ScheduleText } from '../../components/Fact.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useVocabulary } from '../../vocabulary/VocabularyProvider.tsx';

/** The few facts about a placement a coach needs next to its score. */
export function PlacementBrief({ placement }: { placement: Placement }) {
  const { t } = useI18n();
  const { words } = useVocabulary();
  return (
    <dl className="facts">
      <Fact label={t.placement.labels.kind}>{t.placementKinds[placement.kind]}</Fact>
      <Fact label={t.placement.labels.employer}>{placement.employerName}</Fact>
      <Fact label={t.placement.labels.sector}>{words.sectors[placement.sector] ?? placement.sector}</Fact>
      <Fact label={t.placement.labels.schedule}>
        <ScheduleText schedule={placement.schedule} />
      </Fact>
      <Fact label={t.placement.labels.area}>{placement.location.area}</Fact>
      <Fact label={t.placement.labels.seats}>{t.placement.seats(placement.seatsTaken, placement.seats)}</Fact>
    </dl>
  );
}
