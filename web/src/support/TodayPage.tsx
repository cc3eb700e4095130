import { type ReactNode, useState } from 'react';
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

/** One part of the day: its heading, and its items or a line saying there are none. */
function DaySection<Item>(props: {
  id: string;
  title: string;
  empty: string;
  items: Item[];
  children: (item: Item) => ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul className="plain-list">{props.items.map(props.children)}</ul>
      )}
    </section>
  );
}

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
            <DaySection
              id="requests-title"
              title={words.requestsTitle}
              empty={words.requestsEmpty}
              items={day.requests}
            >
              {(request) => (
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
              )}
            </DaySection>
            <DaySection
              id="follow-ups-title"
              title={words.followUpsTitle}
              empty={words.followUpsEmpty}
              items={day.calls}
            >
              {(call) => (
                <li key={call.id}>
                  <h3>{call.employerName}</h3>
                  <p>
                    {words.followUpDue(formatDate(call.followUp?.dueDate ?? day.date, lang))} ·{' '}
                    {call.topics.map((topic) => words.topicNames[topic]).join(', ')}
                  </p>
                  <button type="button" className="button button--secondary" onClick={() => markDone(call)}>
                    {words.markDone}
                    <span className="visually-hidden"> – {call.employerName}</span>
                  </button>
                </li>
              )}
            </DaySection>
            <DaySection
              id="check-ins-title"
              title={words.checkInsTitle}
              empty={words.checkInsEmpty}
              items={day.checkIns}
            >
              {(entry) => (
                <li key={`${entry.employmentId}-${entry.month}`}>
                  <p>
                    {words.checkIn(entry.month, entry.employerName)} ({formatDate(entry.dueDate, lang)}){' '}
                    <Link to={`/participants/${entry.participantId}/timeline`}>{words.participantLink}</Link>
                  </p>
                </li>
              )}
            </DaySection>
            <DaySection
              id="periods-title"
              title={words.periodsTitle}
              empty={words.periodsEmpty}
              items={day.periodsEnding}
            >
              {(period) => (
                <li key={period.employmentId}>
                  <p>
                    {words.periodEnds(period.employerName, formatDate(period.endDate, lang))}{' '}
                    <Link to={`/participants/${period.participantId}/timeline`}>{words.participantLink}</Link>
                  </p>
                </li>
              )}
            </DaySection>
          </>
        )}
      </LoadState>
    </>
  );
}
