import type { Participant } from '../../api/types.ts';
import { Fact } from '../../components/Fact.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/router.tsx';
import { useVocabulary } from '../../vocabulary/VocabularyProvider.tsx';
import { fullName } from './load-participant.ts';

const levels = [1, 2, 3, 4] as const;

/** One participant in the list: name (the link to the page), stage, support and wishes. */
export function ParticipantCard({
  participant,
  you,
  coachName,
}: {
  participant: Participant;
  /** The signed-in coach's name when the participant is theirs. */
  you: string | undefined;
  /** The coach's name from the tenant's staff, when known. */
  coachName: string | undefined;
}) {
  const { t } = useI18n();
  const { words } = useVocabulary();
  const level = levels.find((candidate) => candidate === participant.supportLevel);
  return (
    <article className="card" aria-labelledby={`participant-${participant.id}`}>
      <div className="card__header">
        <h2 id={`participant-${participant.id}`}>
          <Link to={`/participants/${participant.id}`}>{fullName(participant)}</Link>
        </h2>
        <StatusBadge status="stage" label={t.stages[participant.stage]} />
      </div>
      <dl className="facts">
        <Fact label={t.participant.labels.coach}>
          {you ? t.participant.coachYou(you) : (coachName ?? participant.coachId)}
        </Fact>
        <Fact label={t.participants.labels.support}>
          {level ? words.supportLevels[level].title : participant.supportLevel}
        </Fact>
        <Fact label={t.participants.labels.interests}>
          {participant.interests.length > 0
            ? participant.interests.map((sector) => words.sectors[sector] ?? sector).join(', ')
            : t.participant.nothingChosen}
        </Fact>
        <Fact label={t.participants.labels.home}>{participant.home?.area ?? t.participant.notFilledIn}</Fact>
      </dl>
    </article>
  );
}
