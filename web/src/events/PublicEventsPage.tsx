import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { Link } from '../router/router.tsx';
import { EventFacts } from './EventFacts.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { useEventWords } from './words.ts';

/** `/{tenant}/evenemang`: the municipality's upcoming events, for anyone, no sign-in. */
export function PublicEventsPage({ tenant }: { tenant: string }) {
  const { w } = useEventWords();
  const { state } = useLoad(`public-events-${tenant}`, () =>
    readBody(api.v1.public[':tenant'].events.$get({ param: { tenant } })),
  );
  return (
    <>
      <PageHeading title={w.publicTitle} />
      <p className="lead">{w.publicIntro}</p>
      {state.status === 'loading' && <p role="status">…</p>}
      {state.status === 'failed' && <ProblemNotice error={state.error} />}
      {state.status === 'ready' && state.data.items.length === 0 && <p>{w.none}</p>}
      {state.status === 'ready' && (
        <ul className="event-list">
          {state.data.items.map((event) => (
            <li key={event.id} className="card">
              <h2>{event.title}</h2>
              <p>{event.description}</p>
              <EventFacts event={event} />
              <p>{event.seatKinds.some((kind) => kind.seatsLeft) ? w.seatsLeft : w.waitlistOnly}</p>
              <Link
                to={`/${tenant}/evenemang/${event.id}`}
                className="button"
                aria-label={w.readMore(event.title)}
              >
                {w.signUp}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
