import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { Link } from '../router/router.tsx';
import { EventForm } from './EventForm.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { sessionText, useEventWords } from './words.ts';

/** `/events`: the coach's events, and a form for a new one (times in Swedish time). */
export function EventsPage() {
  const { w, lang } = useEventWords();
  const { state } = useLoad('events', () => readBody(api.v1.events.$get({ query: {} })));

  return (
    <>
      <PageHeading title={w.admin.title} />
      {state.status === 'failed' && <ProblemNotice error={state.error} />}
      {state.status === 'ready' && (
        <ul className="event-list">
          {state.data.items.map((event) => (
            <li key={event.id} className="card">
              <h2>
                <Link to={`/events/${event.id}`}>{event.title}</Link>
              </h2>
              <p>
                {w.admin.kinds[event.kind] ?? event.kind} · {w.admin.status[event.status]} ·{' '}
                {sessionText(event.sessions[0]!, lang)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2>{w.admin.create}</h2>
      <EventForm />
    </>
  );
}
