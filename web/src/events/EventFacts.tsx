import type { PublicEvent } from '#shared/schemas/event';
import { sessionText, useEventWords } from './words.ts';

/** When, where and how accessible: the same block on the list, the sign-up page and the admin page. */
export function EventFacts({ event }: { event: Pick<PublicEvent, 'sessions' | 'place' | 'signupDeadline'> }) {
  const { w, lang } = useEventWords();
  const { place } = event;
  const access = [
    place.accessibility.stepFree && w.stepFree,
    place.accessibility.hearingLoop && w.hearingLoop,
    place.accessibility.quietRoom && w.quietRoom,
  ].filter(Boolean);
  return (
    <dl className="facts">
      <dt>{w.when}</dt>
      <dd>
        {event.sessions.length === 1 ? (
          sessionText(event.sessions[0]!, lang)
        ) : (
          <ol>
            {event.sessions.map((session) => (
              <li key={session.startsAt}>{sessionText(session, lang)}</li>
            ))}
          </ol>
        )}
      </dd>
      <dt>{w.where}</dt>
      <dd>
        {place.name}, {place.street}, {place.postcode.slice(0, 3)} {place.postcode.slice(3)} {place.city}
      </dd>
      {access.length > 0 && (
        <>
          <dt>{w.accessibility}</dt>
          <dd>{access.join(', ')}</dd>
        </>
      )}
      <dt>{w.deadline}</dt>
      <dd>
        {sessionText({ startsAt: event.signupDeadline, endsAt: event.signupDeadline }, lang)
          .split(',')
          .slice(0, 2)
          .join(',')}
      </dd>
    </dl>
  );
}
