import { useState } from 'react';
import { api } from '../api/client.ts';
import { isSignedOut, readBody } from '../api/problem.ts';
import type { Employer } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { useSendAction } from '../api/useSendAction.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { EmployerPeople } from '../employer-users/EmployerPeople.tsx';
import { problemText } from '../forms/server-problems.ts';
import { type ActionMessage, useI18n } from '../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../router/router.tsx';
import { EmployerCard } from './EmployerCard.tsx';

/** One employer as a coach sees it: its details, and who can sign in for it. */
export function EmployerPage({ employerId }: { employerId: string }) {
  const { t, lang } = useI18n();
  const { flash } = useRouter();
  const sendAction = useSendAction();
  const { state, reload, replace } = useLoad(`employer-${employerId}`, () =>
    readBody(api.v1.employers[':id'].$get({ param: { id: employerId } })),
  );
  const [verifying, setVerifying] = useState(false);
  const [message, setMessage] = useState<ActionMessage>();

  const verify = async (employer: Employer) => {
    setVerifying(true);
    setMessage(undefined);
    try {
      const saved = await sendAction(`verify-${employer.id}`, undefined, (key) =>
        readBody(
          api.v1.employers[':id'].verify.$post(
            { param: { id: employer.id } },
            { headers: { 'Idempotency-Key': key } },
          ),
        ),
      );
      replace(saved);
      setMessage({ kind: 'success', text: (t) => t.employers.verified(saved.name) });
    } catch (error) {
      if (!isSignedOut(error)) setMessage({ kind: 'error', text: (t, lang) => problemText(error, t, lang) });
    } finally {
      setVerifying(false);
    }
  };

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
            <EmployerCard employer={employer} verifying={verifying} onVerify={() => verify(employer)} />
            <EmployerPeople employerId={employer.id} />
          </>
        )}
      </LoadState>
    </>
  );
}
