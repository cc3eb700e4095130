import { useState } from 'react';
import { type ErasureReason, ErasureReason as Reasons } from '#shared/schemas/participant-rights';
import { api } from '../../api/client.ts';
import { expectNoContent, readBody } from '../../api/problem.ts';
import { useSession } from '../../auth/AuthProvider.tsx';
import { SelectField } from '../../forms/SelectField.tsx';
import { problemText } from '../../forms/server-problems.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useRouter } from '../../router/router.tsx';

/**
 * The participant's rights, for the tenant's admins: the export of everything stored
 * (art. 15) as a JSON file, and the erasure (art. 17) with its reason and a confirmation.
 */
export function ParticipantRights({ participantId }: { participantId: string }) {
  const { t, lang } = useI18n();
  const words = t.participantRights;
  const { role } = useSession();
  const { navigate } = useRouter();
  const [reason, setReason] = useState<ErasureReason | ''>('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  if (role !== 'admin') return null;

  const download = async () => {
    setBusy(true);
    try {
      const data = await readBody(api.v1.participants[':id'].export.$get({ param: { id: participantId } }));
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `deltagare-${participantId}.json`;
      link.click();
      URL.revokeObjectURL(url);
      setFailure('');
    } catch (error) {
      setFailure(problemText(error, t, lang));
    } finally {
      setBusy(false);
    }
  };

  const erase = async () => {
    if (!reason) return;
    setBusy(true);
    try {
      await expectNoContent(
        api.v1.participants[':id'].$delete({ param: { id: participantId }, json: { reason } }),
      );
      navigate('/participants', { flash: 'participantErased' });
    } catch (error) {
      setFailure(problemText(error, t, lang));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="rights-heading">
      <h2 id="rights-heading">{words.heading}</h2>
      <p>{words.intro}</p>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={download} disabled={busy}>
          {words.export}
        </button>
      </p>
      <SelectField
        name="reason"
        label={words.reason}
        hint={words.reasonHint}
        value={reason}
        onValue={(value) => {
          setReason(value as ErasureReason | '');
          setConfirming(false);
        }}
        options={[
          { value: '', label: words.chooseReason },
          ...Reasons.options.map((value) => ({ value, label: words.reasons[value] })),
        ]}
      />
      {!confirming ? (
        <p>
          <button
            type="button"
            className="button button--danger"
            disabled={!reason || busy}
            onClick={() => setConfirming(true)}
          >
            {words.erase}
          </button>
        </p>
      ) : (
        <div className="notice notice--warning" role="alert">
          <p>{words.confirmText}</p>
          <p>
            <button type="button" className="button button--danger" onClick={erase} disabled={busy}>
              {words.confirm}
            </button>{' '}
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {words.cancel}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
