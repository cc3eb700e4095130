import { useState } from 'react';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { useEventWords } from './words.ts';

/** `/avboka/{token}`: the link in the confirmation; the token is the proof, no sign-in. */
export function CancelSignupPage({ token }: { token: string }) {
  const { w } = useEventWords();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ eventTitle: string; changed: boolean }>();
  const [failure, setFailure] = useState<unknown>();

  const cancel = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      setDone(
        await readBody(api.v1.public.signups[':cancelToken'].$delete({ param: { cancelToken: token } })),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={w.cancel.title} />
      <div aria-live="polite">
        {done && (
          <Notice kind="success">
            {done.changed ? w.cancel.done(done.eventTitle) : w.cancel.already(done.eventTitle)}
          </Notice>
        )}
        {failure !== undefined && <ProblemNotice error={failure} />}
      </div>
      {!done && (
        <>
          <p className="lead">{w.cancel.intro}</p>
          <div className="actions">
            <button type="button" className="button" onClick={cancel} disabled={busy}>
              {w.cancel.button}
            </button>
          </div>
        </>
      )}
    </>
  );
}
