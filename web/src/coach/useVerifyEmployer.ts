import { useState } from 'react';
import { api } from '../api/client.ts';
import { isSignedOut, readBody } from '../api/problem.ts';
import type { Employer } from '../api/types.ts';
import { useSendAction } from '../api/useSendAction.ts';
import { problemText } from '../forms/server-problems.ts';
import type { ActionMessage } from '../i18n/I18nProvider.tsx';

/** "Verifiera", from the list of employers or one employer's page: the saved employer, and a message either way. */
export function useVerifyEmployer(onVerified: (employer: Employer) => void) {
  const sendAction = useSendAction();
  const [verifyingId, setVerifyingId] = useState<string>();
  const [message, setMessage] = useState<ActionMessage>();

  const verify = async (employer: Employer) => {
    setVerifyingId(employer.id);
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
      onVerified(saved);
      setMessage({ kind: 'success', text: (t) => t.employers.verified(saved.name) });
    } catch (error) {
      if (isSignedOut(error)) return;
      setMessage({ kind: 'error', text: (t, lang) => problemText(error, t, lang) });
    } finally {
      setVerifyingId(undefined);
    }
  };

  return { verify, verifyingId, message };
}
