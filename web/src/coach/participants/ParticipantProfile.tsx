import { listLabels } from '#shared/domain/matching/labels';
import { matchingNeedLabels, profileGaps } from '#shared/domain/participant-profile';
import type { Participant } from '../../api/types.ts';
import { useSession } from '../../auth/AuthProvider.tsx';
import { Fact, ScheduleText } from '../../components/Fact.tsx';
import { formatDate } from '../../components/format.ts';
import { TagList } from '../../components/TagList.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useCoaches } from '../../staff/useCoaches.ts';
import { useVocabulary } from '../../vocabulary/VocabularyProvider.tsx';

const levels = [1, 2, 3, 4] as const;

/** The profile in words, for the coach (employers never see this; they get a summary, with consent). */
export function ParticipantProfile({ participant }: { participant: Participant }) {
  const { t, lang } = useI18n();
  const { words } = useVocabulary();
  const session = useSession();
  const { nameOf } = useCoaches();
  const gaps = profileGaps(participant);
  const level = levels.find((candidate) => candidate === participant.supportLevel);
  const { consent } = participant;
  const tags = (items: string[]) =>
    items.length > 0 ? <TagList items={items} /> : <span>{t.participant.nothingChosen}</span>;
  return (
    <section aria-labelledby="profile-title" className="section">
      <h2 id="profile-title">{t.participant.profileTitle}</h2>
      {gaps.length > 0 && (
        <p className="notice notice--warning">
          {t.participant.draftNotice(listLabels(gaps.map((gap) => matchingNeedLabels[gap]))[lang])}
        </p>
      )}
      <dl className="facts">
        <Fact label={t.participant.labels.stage}>
          {t.participant.since(t.stages[participant.stage], formatDate(participant.stageSince, lang))}
        </Fact>
        <Fact label={t.participant.labels.born}>{participant.birthYear}</Fact>
        <Fact label={t.participant.labels.gender}>{t.genders[participant.gender]}</Fact>
        <Fact label={t.participant.labels.coach}>
          {participant.coachId === session.userId
            ? t.participant.coachYou(session.name)
            : (nameOf(participant.coachId) ?? participant.coachId)}
        </Fact>
        <Fact label={t.participant.labels.interests}>
          {participant.interests.length > 0 ? (
            <ol className="inline-ranking">
              {participant.interests.map((sector) => (
                <li key={sector}>{words.sectors[sector] ?? sector}</li>
              ))}
            </ol>
          ) : (
            t.participant.nothingChosen
          )}
        </Fact>
        <Fact label={t.participant.labels.tasks}>
          {tags(participant.preferredTasks.map((task) => words.tasks[task]))}
        </Fact>
        <Fact label={t.participant.labels.availability}>
          {participant.availability ? (
            <ScheduleText schedule={participant.availability} />
          ) : (
            t.participant.notFilledIn
          )}
        </Fact>
        <Fact label={t.participant.labels.support}>
          {level ? (
            <>
              {words.supportLevels[level].title}. {words.supportLevels[level].text}
            </>
          ) : (
            participant.supportLevel
          )}
        </Fact>
        <Fact label={t.participant.labels.needs}>
          {tags(participant.environmentNeeds.map((need) => words.environmentNeeds[need]))}
        </Fact>
        <Fact label={t.participant.labels.capabilities}>
          {tags(participant.capabilities.map((trait) => words.traits[trait]))}
        </Fact>
        <Fact label={t.participant.labels.home}>
          {participant.home
            ? `${participant.home.area} (${participant.home.postcode})`
            : t.participant.notFilledIn}
        </Fact>
        <Fact label={t.participant.labels.travel}>{t.participant.travel(participant.maxTravelMinutes)}</Fact>
        <Fact label={t.participant.labels.goal}>
          {participant.goal ? `”${participant.goal}”` : t.participant.noGoal}
        </Fact>
        <Fact label={t.participant.labels.consent}>
          {consent.sharedSummary && consent.givenAt
            ? t.participant.consentYes(formatDate(consent.givenAt, lang))
            : consent.revokedAt
              ? t.participant.consentRevoked(formatDate(consent.revokedAt, lang))
              : t.participant.consentNo}
        </Fact>
      </dl>
    </section>
  );
}
