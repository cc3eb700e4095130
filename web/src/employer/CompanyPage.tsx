import { useLoad } from '../api/useLoad.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { EmployerPeople } from '../employer-users/EmployerPeople.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useRouter } from '../router/router.tsx';
import { RingMePanel } from '../support/RingMePanel.tsx';
import { CompanySummary } from './CompanySummary.tsx';
import { EmployerPlacements } from './EmployerPlacements.tsx';
import { NotRegistered } from './NotRegistered.tsx';
import { loadOwnEmployer } from './own-employer.ts';

/** The employer's start page: register first, then the company's status, its placements and its users. */
export function CompanyPage() {
  const { t } = useI18n();
  const { flash } = useRouter();
  const { state, reload } = useLoad('own-employer', loadOwnEmployer);
  return (
    <>
      <PageHeading title={t.company.title} />
      {flash && <Notice kind="success">{t.flash[flash]}</Notice>}
      <LoadState state={state} reload={reload}>
        {(employer) =>
          employer ? (
            <>
              <CompanySummary employer={employer} />
              <EmployerPlacements employer={employer} />
              <EmployerPeople employerId={employer.id} />
              <RingMePanel />
            </>
          ) : (
            <NotRegistered />
          )
        }
      </LoadState>
    </>
  );
}
