import { profileConsents } from '#shared/domain/employer-view';
import { useLoad } from '../../api/useLoad.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../../pages/NotFoundPage.tsx';
import { InterestsSection } from '../../participant-view/InterestsSection.tsx';
import { useEasyReadWords } from '../../participant-view/words.ts';
import { ProvisionsSection } from '../../reports/ProvisionsSection.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { fullName, loadParticipant } from './load-participant.ts';
import { ParticipantMatches } from './ParticipantMatches.tsx';
import { ParticipantProfile } from './ParticipantProfile.tsx';
import { ParticipantRights } from './ParticipantRights.tsx';
import { PathwaySection } from './PathwaySection.tsx';

/** One participant: the profile, the pathway so far and the next step, and the proposals. */
export function ParticipantPage({ participantId }: { participantId: string }) {
  const { t } = useI18n();
  const { flash } = useRouter();
  const { w: easyRead } = useEasyReadWords();
  const { state, reload, replace } = useLoad(`participant-${participantId}`, () =>
    loadParticipant(participantId),
  );
  if (state.status === 'ready' && !state.data) return <NotFoundPage />;
  if (state.status !== 'ready' || !state.data) {
    return (
      <>
        <PageHeading title={t.participants.title} />
        <LoadState state={state} reload={reload}>
          {() => null}
        </LoadState>
      </>
    );
  }
  const { participant } = state.data;
  return (
    <>
      <PageHeading title={fullName(participant)} />
      {flash && <Notice kind="success">{t.flash[flash]}</Notice>}
      <nav aria-label={t.participant.pageNav} className="page-links">
        <ul>
          <li>
            <Link to={`/participants/${participant.id}/matching`} className="button">
              {t.participant.matchingLink}
            </Link>
          </li>
          <li>
            <Link to={`/participants/${participant.id}/lattlast`} className="button button--secondary">
              {easyRead.linkFromStaff}
            </Link>
          </li>
          <li>
            <Link to={`/participants/${participant.id}/edit`} className="button button--secondary">
              {t.participant.edit}
            </Link>
          </li>
          <li>
            <Link to={`/participants/${participant.id}/timeline`} className="button button--secondary">
              {t.support.showTimeline}
            </Link>
          </li>
          <li>
            <Link to="/participants" className="button button--quiet">
              {t.participant.allParticipants}
            </Link>
          </li>
        </ul>
      </nav>
      <ParticipantProfile participant={participant} />
      <PathwaySection
        participant={participant}
        onChanged={(next, etag) => replace({ participant: next, etag })}
      />
      <InterestsSection participantId={participant.id} />
      <ProvisionsSection participantId={participant.id} />
      <ParticipantRights participantId={participant.id} />
      <ParticipantMatches
        participantId={participant.id}
        profileShares={profileConsents(participant)}
        onStageMayChange={() =>
          loadParticipant(participant.id).then(
            (fresh) => fresh && replace(fresh),
            () => undefined,
          )
        }
      />
    </>
  );
}
