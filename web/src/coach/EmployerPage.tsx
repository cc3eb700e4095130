import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { EmployerPeople } from '../employer-users/EmployerPeople.tsx';
import { EmployerEventSignups } from '../events/EmployerEventSignups.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../router/router.tsx';
import { EmployerSupport } from '../support/EmployerSupport.tsx';
import { EmployerCard } from './EmployerCard.tsx';
import { useVerifyEmployer } from './useVerifyEmployer.ts';

/** One employer as a coach sees it: its details, and who can sign in for it. */
export function EmployerPage({ employerId }: { employerId: string }) {
  const { t, lang } = useI18n();
  const { flash } = useRouter();
  const { state, reload, replace } = useLoad(`employer-${employerId}`, () =>
    readBody(api.v1.employers[':id'].$get({ param: { id: employerId } })),
  );
  const { verify, verifyingId, message } = useVerifyEmployer(replace);

  return (
    <>
      <PageHeading title={t.employers.title} />
      <p>
        <Link to="/employers">{t.employers.back}</Link>
      </p>
      {flash && (
        <Notice kind={flash === 'employerRegisteredNotInvited' ? 'warning' : 'success'}>
          {t.flash[flash]}
        </Notice>
      )}
      <div aria-live="polite">{message && <Notice kind={message.kind}>{message.text(t, lang)}</Notice>}</div>
      <LoadState state={state} reload={reload}>
        {(employer) => (
          <>
            <EmployerCard
              employer={employer}
              verifying={verifyingId === employer.id}
              onVerify={() => verify(employer)}
            />
            <EmployerPeople employerId={employer.id} />
            <EmployerEventSignups employerId={employer.id} />
            <EmployerSupport employerId={employer.id} />
          </>
        )}
      </LoadState>
    </>
  );
}
