import { useState } from 'react';
import type { Signup } from '#shared/schemas/signup';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { TextField } from '../forms/TextField.tsx';
import { loadEventWithSignups } from './load-event.ts';
import { ProblemNotice } from './ProblemNotice.tsx';
import { WalkInForm } from './WalkInForm.tsx';
import { useEventWords } from './words.ts';

/**
 * `/events/{id}/narvaro`: the check-in list for a tablet on the day: search by name,
 * one line per person (a companion has their own), came / did not come, walk-ins.
 */
export function CheckInPage({ eventId }: { eventId: string }) {
  const { w } = useEventWords();
  const { state, reload } = useLoad(`checkin-${eventId}`, () => loadEventWithSignups(eventId));
  const [search, setSearch] = useState('');
  const [failure, setFailure] = useState<unknown>();
  if (state.status === 'loading') return <p role="status">…</p>;
  if (state.status === 'failed') return <ProblemNotice error={state.error} />;
  const { event, signups } = state.data;
  const names = new Map(signups.map((s) => [s.id, s.name]));
  const here = signups.filter(
    (s) =>
      ['confirmed', 'attended', 'no_show'].includes(s.status) &&
      s.name.toLocaleLowerCase('sv').includes(search.trim().toLocaleLowerCase('sv')),
  );

  const mark = async (signup: Signup, status: 'attended' | 'no_show' | 'confirmed') => {
    setFailure(undefined);
    try {
      await readBody(
        api.v1.events[':id'].signups[':signupId'].$patch(
          { param: { id: event.id, signupId: signup.id }, json: { status } },
          { headers: { 'If-Match': `"v${signup.version}"` } },
        ),
      );
      reload();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <PageHeading title={w.checkIn.title(event.title)} />
      <TextField name="search" label={w.checkIn.search} type="search" value={search} onValue={setSearch} />
      <div aria-live="polite">{failure !== undefined && <ProblemNotice error={failure} />}</div>
      <ul className="checkin-list">
        {here.map((signup) => (
          <li key={signup.id} className="card">
            <p>
              <strong>{signup.name}</strong>
              {signup.companionOf ? ` (${w.admin.companionOf(names.get(signup.companionOf) ?? '')})` : ''} ·{' '}
              {w.seatKind[signup.kind]} · <span>{w.status[signup.status]}</span>
            </p>
            <div className="actions">
              {signup.status === 'confirmed' ? (
                <>
                  <button
                    type="button"
                    className="button"
                    onClick={() => mark(signup, 'attended')}
                    aria-label={`${w.checkIn.attended}: ${signup.name}`}
                  >
                    {w.checkIn.attended}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => mark(signup, 'no_show')}
                    aria-label={`${w.checkIn.noShow}: ${signup.name}`}
                  >
                    {w.checkIn.noShow}
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => mark(signup, 'confirmed')}
                  aria-label={`${w.checkIn.undo}: ${signup.name}`}
                >
                  {w.checkIn.undo}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <WalkInForm eventId={event.id} onAdded={reload} />
    </>
  );
}
