import { useState } from 'react';
import { Notice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { CallLogForm } from './CallLogForm.tsx';

/** On the coach's employer page: log a call with the employer, and its history. */
export function EmployerSupport({ employerId }: { employerId: string }) {
  const { t } = useI18n();
  const words = t.support;
  const [logging, setLogging] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="card" aria-labelledby="employer-support-title">
      <h2 id="employer-support-title">{words.callTitle}</h2>
      {saved && <Notice kind="success">{words.callSaved}</Notice>}
      {logging ? (
        <CallLogForm
          employerId={employerId}
          onSaved={() => {
            setLogging(false);
            setSaved(true);
          }}
          onCancel={() => setLogging(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setLogging(true)}>
          {words.logCall}
        </button>
      )}
      <p>
        <Link to={`/employers/${employerId}/timeline`}>{words.showTimeline}</Link>
      </p>
    </section>
  );
}
