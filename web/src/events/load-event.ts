import type { Signup } from '#shared/schemas/signup';
import { api } from '../api/client.ts';
import { readBody, readJson } from '../api/problem.ts';

/** The event (with its ETag) and all its sign-ups: an event has hundreds at most. */
export async function loadEventWithSignups(id: string) {
  const { body: event, etag } = await readJson(api.v1.events[':id'].$get({ param: { id } }));
  const signups: Signup[] = [];
  let cursor: string | undefined;
  do {
    const page = await readBody(
      api.v1.events[':id'].signups.$get({
        param: { id },
        query: { limit: '500', ...(cursor ? { cursor } : {}) },
      }),
    );
    signups.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return { event, etag: etag ?? `"v${event.version}"`, signups };
}

export type LoadedEvent = Awaited<ReturnType<typeof loadEventWithSignups>>;
