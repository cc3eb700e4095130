import { api } from '../api/client.ts';
import { readJson } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { Link } from '../router/router.tsx';
import { EventForm } from './EventForm.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { useEventWords } from './words.ts';

/** `/events/{id}/andra`: change an event's text, sessions, place and seats. */
export function EventEditPage({ eventId }: { eventId: string }) {
  const { w } = useEventWords();
  const { state, reload } = useLoad(`event-edit-${eventId}`, () =>
    readJson(api.v1.events[':id'].$get({ param: { id: eventId } })),
  );
  if (state.status === 'loading') return <p role="status">…</p>;
  if (state.status === 'failed') return <ProblemNotice error={state.error} />;
  const { body: event, etag } = state.data;
  return (
    <>
      <PageHeading title={w.admin.editTitle(event.title)} />
      <p>
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </p>
      <EventForm
        key={event.version}
        existing={{ event, etag: etag ?? `"v${event.version}"` }}
        onStale={reload}
      />
    </>
  );
}
