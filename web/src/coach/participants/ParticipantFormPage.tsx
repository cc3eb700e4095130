import { useLoad } from '../../api/useLoad.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../../pages/NotFoundPage.tsx';
import { loadParticipant } from './load-participant.ts';
import { ParticipantForm } from './ParticipantForm.tsx';

/** A new participant, or changes to one (`participantId`). */
export function ParticipantFormPage({ participantId }: { participantId?: string }) {
  const { t } = useI18n();
  const { state, reload } = useLoad(`participant-form-${participantId ?? 'new'}`, async () =>
    participantId ? loadParticipant(participantId) : undefined,
  );
  if (state.status === 'ready' && participantId && !state.data) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={participantId ? t.participantForm.editTitle : t.participantForm.newTitle} />
      <LoadState state={state} reload={reload}>
        {(existing) => (
          <>
            <p className="lead">{t.participantForm.intro}</p>
            <ParticipantForm key={existing?.etag} existing={existing} onStale={reload} />
          </>
        )}
      </LoadState>
    </>
  );
}
