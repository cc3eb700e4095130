import { useState } from 'react';
import { api } from '../api/client.ts';
import { isSignedOut, readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { formatDate } from '../components/format.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { CallLogForm } from './CallLogForm.tsx';

const loadDay = () => readBody(api.v1['follow-ups'].today.$get());
type Day = Awaited<ReturnType<typeof loadDay>>;

/** The coach's start page for the day: whom to call, what to follow up, what ends soon. */
export function TodayPage() {
  const { t, lang } = useI18n();
  const words = t.support;
  const { state, reload } = useLoad('coach-day', loadDay);
  const [logging, setLogging] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);

  const markDone = async (call: Day['calls'][number]) => {
    setFailed(false);
    try {
      await readBody(
        api.v1['support-calls'][':id'].$patch(
          { param: { id: call.id }, json: { followUpDone: true } },
          { headers: { 'If-Match': `"v${call.version}"` } },
        ),
      );
      setNotice(words.markedDone);
      reload();
    } catch (error) {
      if (!isSignedOut(error)) setFailed(true);
    }
  };

  return (
    <>
      <PageHeading title={words.todayTitle} />
      {notice && <Notice kind="success">{notice}</Notice>}
      {failed && <Notice kind="error">{t.app.loadFailed}</Notice>}
      <LoadState state={state} reload={reload}>
        {(day) => (
          <>
            <p>{words.todayIntro(formatDate(day.date, lang))}</p>
            <section className="card" aria-labelledby="requests-title">
              <h2 id="requests-title">{words.requestsTitle}</h2>
              {day.requests.length === 0 ? (
                <p>{words.requestsEmpty}</p>
              ) : (
                <ul className="plain-list">
                  {day.requests.map((request) => (
                    <li key={request.id}>
                      <h3>{request.employerName}</h3>
                      <p>
                        {words.topicNames[request.topic]} · {words.times[request.preferredTime]} ·{' '}
                        {words.requestDue(formatDate(request.dueDate, lang))}
                        {request.urgent && <strong> · {words.urgent}</strong>}
                      </p>
                      {request.message && <p>{request.message}</p>}
                      {logging === request.id ? (
                        <CallLogForm
                          employerId={request.employerId}
                          supportRequestId={request.id}
                          onSaved={() => {
                            setLogging(undefined);
                            setNotice(words.callSaved);
                            reload();
                          }}
                          onCancel={() => setLogging(undefined)}
                        />
                      ) : (
                        <button type="button" className="button" onClick={() => setLogging(request.id)}>
                          {words.logCall}
                          <span className="visually-hidden"> – {request.employerName}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="follow-ups-title">
              <h2 id="follow-ups-title">{words.followUpsTitle}</h2>
              {day.calls.length === 0 ? (
                <p>{words.followUpsEmpty}</p>
              ) : (
                <ul className="plain-list">
                  {day.calls.map((call) => (
                    <li key={call.id}>
                      <h3>{call.employerName}</h3>
                      <p>
                        {words.followUpDue(formatDate(call.followUp?.dueDate ?? day.date, lang))} ·{' '}
                        {call.topics.map((topic) => words.topicNames[topic]).join(', ')}
                      </p>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => markDone(call)}
                      >
                        {words.markDone}
                        <span className="visually-hidden"> – {call.employerName}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="check-ins-title">
              <h2 id="check-ins-title">{words.checkInsTitle}</h2>
              {day.checkIns.length === 0 ? (
                <p>{words.checkInsEmpty}</p>
              ) : (
                <ul className="plain-list">
                  {day.checkIns.map((entry) => (
                    <li key={`${entry.employmentId}-${entry.month}`}>
                      <p>
                        {words.checkIn(entry.month, entry.employerName)} ({formatDate(entry.dueDate, lang)}){' '}
                        <Link to={`/participants/${entry.participantId}/timeline`}>
                          {words.participantLink}
                        </Link>
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="periods-title">
              <h2 id="periods-title">{words.periodsTitle}</h2>
              {day.periodsEnding.length === 0 ? (
                <p>{words.periodsEmpty}</p>
              ) : (
                <ul className="plain-list">
                  {day.periodsEnding.map((period) => (
                    <li key={period.employmentId}>
                      <p>
                        {words.periodEnds(period.employerName, formatDate(period.endDate, lang))}{' '}
                        <Link to={`/participants/${period.participantId}/timeline`}>
                          {words.participantLink}
                        </Link>
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </LoadState>
    </>
  );
}
