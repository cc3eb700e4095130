import type { Participant } from '../../api/types.ts';
import { useSession } from '../../auth/AuthProvider.tsx';
import { formatDate, formatList } from '../../components/format.ts';
import { TagList } from '../../components/TagList.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const levels = [1, 2, 3, 4] as const;

/** The profile in words, for the coach (employers never see this; they get a summary, with consent). */
export function ParticipantProfile({ participant }: { participant: Participant }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const level = levels.find((candidate) => candidate === participant.supportLevel);
  const { consent } = participant;
  const tags = (items: string[]) =>
    items.length > 0 ? <TagList items={items} /> : <span>{t.participant.nothingChosen}</span>;
  return (
    <section aria-labelledby="profile-title" className="section">
      <h2 id="profile-title">{t.participant.profileTitle}</h2>
      <dl className="facts">
        <div>
          <dt>{t.participant.labels.stage}</dt>
          <dd>
            {t.participant.since(t.stages[participant.stage], formatDate(participant.stageSince, lang))}
          </dd>
        </div>
        <div>
          <dt>{t.participant.labels.born}</dt>
          <dd>{participant.birthYear}</dd>
        </div>
        <div>
          <dt>{t.participant.labels.gender}</dt>
          <dd>{t.genders[participant.gender]}</dd>
        </div>
        <div>
          <dt>{t.participant.labels.coach}</dt>
          <dd>
            {participant.coachId === session.userId
              ? t.participant.coachYou(session.name)
              : participant.coachId}
          </dd>
        </div>
        <div>
          <dt>{t.participant.labels.interests}</dt>
          <dd>
            {participant.interests.length > 0 ? (
              <ol className="inline-ranking">
                {participant.interests.map((sector) => (
                  <li key={sector}>{t.sectors[sector] ?? sector}</li>
                ))}
              </ol>
            ) : (
              t.participant.nothingChosen
            )}
          </dd>
        </div>
        <div>
          <dt>{t.participant.labels.tasks}</dt>
          <dd>{tags(participant.preferredTasks.map((task) => t.tasks[task]))}</dd>
        </div>
        <div>
          <dt>{t.participant.labels.availability}</dt>
          <dd>
            {t.placement.schedule(
              t.scheduleKinds[participant.availability.kind],
              formatList(
                participant.availability.weekdays.map((day) => t.weekdaysInText[day]),
                lang,
              ),
            )}
          </dd>
        </div>
        <div>
          <dt>{t.participant.labels.support}</dt>
          <dd>
            {level ? (
              <>
                {t.supportLevels[level].title}. {t.supportLevels[level].text}
              </>
            ) : (
              participant.supportLevel
            )}
          </dd>
        </div>
        <div>
          <dt>{t.participant.labels.needs}</dt>
          <dd>{tags(participant.environmentNeeds.map((need) => t.environmentNeeds[need]))}</dd>
        </div>
        <div>
          <dt>{t.participant.labels.capabilities}</dt>
          <dd>{tags(participant.capabilities.map((trait) => t.traits[trait]))}</dd>
        </div>
        <div>
          <dt>{t.participant.labels.home}</dt>
          <dd>
            {participant.home.area} ({participant.home.postcode})
          </dd>
        </div>
        <div>
          <dt>{t.participant.labels.travel}</dt>
          <dd>{t.participant.travel(participant.maxTravelMinutes)}</dd>
        </div>
        <div>
          <dt>{t.participant.labels.goal}</dt>
          <dd>{participant.goal ? `”${participant.goal}”` : t.participant.noGoal}</dd>
        </div>
        <div>
          <dt>{t.participant.labels.consent}</dt>
          <dd>
            {consent.sharedSummary && consent.givenAt
              ? t.participant.consentYes(formatDate(consent.givenAt, lang))
              : consent.revokedAt
                ? t.participant.consentRevoked(formatDate(consent.revokedAt, lang))
                : t.participant.consentNo}
          </dd>
        </div>
      </dl>
    </section>
  );
}
