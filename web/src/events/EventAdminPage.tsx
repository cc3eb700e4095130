import { useState } from 'react';
import { seatKinds } from '#shared/schemas/event';
import type { Signup } from '#shared/schemas/signup';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { Link } from '../router/router.tsx';
import { toCsv } from './csv.ts';
import { EventFacts } from './EventFacts.tsx';
import { loadEventWithSignups } from './load-event.ts';
import { ParticipantSignupForm } from './ParticipantSignupForm.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { useEventWords } from './words.ts';

/** `/events/{id}`: seats per kind, sign-ups by kind with the waitlist, attendance, CSV, publish/cancel. */
export function EventAdminPage({ eventId }: { eventId: string }) {
  const { w } = useEventWords();
  const { state, reload } = useLoad(`event-${eventId}`, () => loadEventWithSignups(eventId));
  const [failure, setFailure] = useState<unknown>();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [signedUp, setSignedUp] = useState<string>();
  if (state.status === 'loading') return <p role="status">…</p>;
  if (state.status === 'failed') return <ProblemNotice error={state.error} />;
  const { event, etag, signups } = state.data;
  const names = new Map(signups.map((s) => [s.id, s.name]));
  const kinds = seatKinds.filter((kind) => (event.seats[kind] ?? 0) > 0);

  const setStatus = async (status: 'published' | 'cancelled') => {
    setFailure(undefined);
    try {
      await readBody(
        api.v1.events[':id'].$patch(
          { param: { id: event.id }, json: { status } },
          { headers: { 'If-Match': etag } },
        ),
      );
      setConfirmCancel(false);
      reload();
    } catch (error) {
      setFailure(error);
    }
  };
  const open = event.status === 'draft' || event.status === 'published';

  const download = () => {
    const rows = signups.map((s: Signup) => [
      s.name,
      w.seatKind[s.kind],
      w.status[s.status],
      s.position,
      s.organisation,
      s.email,
      s.phone,
      s.companionOf ? names.get(s.companionOf) : undefined,
      s.needs.interpreter,
      s.needs.stepFree ? w.yes : '',
      s.needs.food,
      s.needs.other,
    ]);
    const blob = new Blob([toCsv(w.csv, rows)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `anmalningar-${event.id}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const line = (s: Signup) => (
    <li key={s.id}>
      {s.name}
      {s.companionOf ? ` (${w.admin.companionOf(names.get(s.companionOf) ?? '')})` : ''} –{' '}
      {w.status[s.status]}
      {s.position ? ` ${w.position(s.position)}` : ''}
      {s.organisation ? ` · ${s.organisation}` : ''}
    </li>
  );

  return (
    <>
      <PageHeading title={event.title} />
      <p>
        {w.admin.kinds[event.kind] ?? event.kind} · {w.admin.status[event.status]}
      </p>
      <EventFacts event={event} />
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            {w.admin.seats(
              w.seatKind[kind],
              event.seatsTaken[kind],
              event.seats[kind] ?? 0,
              event.waitlisted[kind],
            )}
          </li>
        ))}
        {kinds.map((kind) => (
          <li key={`attendance-${kind}`}>
            {w.admin.attendance(
              w.seatKind[kind],
              signups.filter((s) => s.kind === kind && s.status === 'attended').length,
              signups.filter((s) => s.kind === kind && s.status === 'no_show').length,
            )}
          </li>
        ))}
      </ul>
      <div aria-live="polite">{failure !== undefined && <ProblemNotice error={failure} />}</div>
      <div className="actions">
        <Link to={`/events/${event.id}/narvaro`} className="button">
          {w.admin.checkIn}
        </Link>
        {open && (
          <Link to={`/events/${event.id}/andra`} className="button button--secondary">
            {w.admin.edit}
          </Link>
        )}
        <button type="button" className="button button--secondary" onClick={download}>
          {w.admin.exportCsv}
        </button>
        {event.status === 'draft' && (
          <button type="button" className="button button--secondary" onClick={() => setStatus('published')}>
            {w.admin.publishNow}
          </button>
        )}
        {open && !confirmCancel && (
          <button type="button" className="button button--quiet" onClick={() => setConfirmCancel(true)}>
            {w.admin.cancelEvent}
          </button>
        )}
      </div>
      {confirmCancel && (
        <div className="notice notice--warning">
          <p>{w.admin.cancelledNote}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => setStatus('cancelled')}>
              {w.admin.cancelEventConfirm}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirmCancel(false)}
            >
              {w.admin.keepEvent}
            </button>
          </div>
        </div>
      )}
      {event.status === 'published' && (
        <ParticipantSignupForm
          eventId={event.id}
          signedUp={signedUp}
          onSignedUp={(name) => {
            setSignedUp(name);
            reload();
          }}
        />
      )}
      <h2>{w.admin.signups}</h2>
      {signups.length === 0 && <p>{w.admin.none}</p>}
      {kinds.map((kind) => {
        const ofKind = signups.filter((s) => s.kind === kind);
        const active = ofKind.filter((s) => s.status !== 'waitlisted');
        const waiting = ofKind
          .filter((s) => s.status === 'waitlisted')
          .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
        return (
          <section key={kind} aria-labelledby={`signups-${kind}`}>
            <h3 id={`signups-${kind}`}>{w.seatKind[kind]}</h3>
            <ul>{active.map(line)}</ul>
            {waiting.length > 0 && (
              <>
                <h4>{w.admin.waitlist}</h4>
                <ol>{waiting.map(line)}</ol>
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
