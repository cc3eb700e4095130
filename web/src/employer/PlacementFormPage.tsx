import { api } from '../api/client.ts';
import { readVersioned } from '../api/etag.ts';
import { ApiError } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { NotRegistered } from './NotRegistered.tsx';
import { loadOwnEmployer } from './own-employer.ts';
import { PlacementForm } from './PlacementForm.tsx';

async function loadPlacement(id: string) {
  try {
    const { body, etag } = await readVersioned(api.v1.placements[':id'].$get({ param: { id } }));
    return { placement: body, etag };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return undefined;
    throw error;
  }
}

/** A new placement, or changes to one (`placementId`), for the signed-in employer. */
export function PlacementFormPage({ placementId }: { placementId?: string }) {
  const { t } = useI18n();
  const { state, reload } = useLoad(`placement-form-${placementId ?? 'new'}`, async () => {
    const [employer, existing] = await Promise.all([
      loadOwnEmployer(),
      placementId ? loadPlacement(placementId) : Promise.resolve(undefined),
    ]);
    return { employer, existing };
  });
  if (state.status === 'ready' && placementId && !state.data.existing) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={placementId ? t.placementForm.editTitle : t.placementForm.newTitle} />
      <LoadState state={state} reload={reload}>
        {({ employer, existing }) =>
          employer ? (
            <>
              <p className="lead">{t.placementForm.intro}</p>
              <PlacementForm key={existing?.etag} employer={employer} existing={existing} onStale={reload} />
            </>
          ) : (
            <NotRegistered />
          )
        }
      </LoadState>
    </>
  );
}
