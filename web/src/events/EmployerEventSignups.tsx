import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { ProblemNotice } from './ProblemNotice.tsx';
import { sessionText, useEventWords } from './words.ts';

/** A company's sign-ups to events (its own view, and the coach's follow-up on the employer's page). */
export function EmployerEventSignups({ employerId, refresh = 0 }: { employerId: string; refresh?: number }) {
  const { w, lang } = useEventWords();
  const { state } = useLoad(`employer-event-signups-${employerId}-${refresh}`, () =>
    readBody(api.v1.employers[':id']['event-signups'].$get({ param: { id: employerId }, query: {} })),
  );
  return (
    <section aria-labelledby="employer-event-signups">
      <h2 id="employer-event-signups">{w.employer.mine}</h2>
      {state.status === 'failed' && <ProblemNotice error={state.error} />}
      {state.status === 'ready' && state.data.items.length === 0 && <p>{w.employer.none}</p>}
      {state.status === 'ready' && state.data.items.length > 0 && (
        <ul>
          {state.data.items.map((signup) => (
            <li key={signup.id}>
              {signup.name} – {signup.eventTitle} (
              {sessionText({ startsAt: signup.eventStartsAt, endsAt: signup.eventStartsAt }, lang)
                .split(',')
                .slice(0, 2)
                .join(',')}
              ) – {w.status[signup.status]}
              {signup.position ? ` ${w.position(signup.position)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
