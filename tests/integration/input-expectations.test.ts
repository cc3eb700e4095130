// What the API owes for specific bad input, one `it` per route and field, generated
// from the write-route registry so new routes and fields are covered. Each request
// starts from a VALID one (support/write-routes.ts) and changes one thing. A
// rejected request must also leave the tenant's items exactly as they were.
import { describe, expect, it } from 'vitest';
import { sectors } from '#shared/schemas/vocabulary';
import { app, call, participantBody } from './support/harness.ts';
import { snapshotDiff } from './support/table-snapshot.ts';
import {
  buildWorld,
  currentEtag,
  entities,
  fieldName,
  isDateString,
  itemOf,
  type JsonPath,
  leaves,
  type Request,
  refresh,
  requestFor,
  routeName,
  send,
  type Target,
  type WriteRoute,
  withValue,
  writeRoutes,
} from './support/write-routes.ts';

// Built while collecting, so the cases can be generated from real valid bodies.
const world = await buildWorld();

interface Case {
  route: WriteRoute;
  pick: number;
  target: Target;
  path: JsonPath;
  value: unknown;
}

const bodyRoutes = writeRoutes.filter((route) => route.hasBody);

/** Every valid request shape of every body route (picks 0–5), deduplicated by body keys. */
const shapes: { route: WriteRoute; pick: number; target: Target }[] = bodyRoutes.flatMap((route) => {
  const seen = new Set<string>();
  return [0, 1, 2, 3, 4, 5].flatMap((pick) => {
    const target = route.valid(world, pick);
    const shape = leaves(target.body)
      .map((leaf) => fieldName(leaf.path))
      .join(',');
    if (seen.has(shape)) return [];
    seen.add(shape);
    return [{ route, pick, target }];
  });
});

/** One case per (route, field) where `select` picks the leaf. */
function casesFor(select: (value: unknown, path: JsonPath) => boolean): Case[] {
  const seen = new Set<string>();
  return shapes.flatMap(({ route, pick, target }) =>
    leaves(target.body)
      .filter((leaf) => select(leaf.value, leaf.path))
      .flatMap((leaf) => {
        const key = `${routeName(route)} ${fieldName(leaf.path)}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ route, pick, target, path: leaf.path, value: leaf.value }];
      }),
  );
}

const label = (c: Case) => `${routeName(c.route)} ${fieldName(c.path)}`;

/** Sends the request and checks: the status, the fields a 400 names, and no change when rejected. */
async function expectRejected(request: Request, status: number, field?: string) {
  const before = (await refresh(world)).mine;
  const response = await send(request);
  const context = `${request.method} ${request.path} ${JSON.stringify(request.body ?? request.rawBody)} → ${response.status} ${response.text.slice(0, 500)}`;
  expect(response.status, context).toBe(status);
  expect(response.headers.get('content-type'), context).toBe('application/problem+json');
  if (field !== undefined) {
    expect(
      (response.json?.errors ?? []).map((error: { field: string }) => error.field),
      context,
    ).toContain(field);
  }
  const after = (await refresh(world)).mine;
  expect(snapshotDiff(before, after), `rejected, yet items changed: ${context}`).toEqual([]);
}

/**
 * The request for a case at run time: a valid request made now (earlier cases may have
 * changed the world, e.g. taken the pair a proposal names) when it still has the field,
 * else the one from collection; If-Match is always fresh from the table.
 */
async function requestWith(c: Case, value: unknown): Promise<Request> {
  await refresh(world);
  const fresh = c.route.valid(world, c.pick);
  const field = fieldName(c.path);
  const target = leaves(fresh.body).some((leaf) => fieldName(leaf.path) === field) ? fresh : c.target;
  const request = requestFor(world, c.route, target);
  request.body = withValue(target.body, c.path, value);
  return request;
}

const textCases = casesFor((value) => typeof value === 'string');

describe('NUL (U+0000) in a text field is rejected with 400 naming the field', () => {
  it.each(textCases.map((c) => [label(c), c] as const))('%s', async (_name, c) => {
    const text = String(c.value);
    await expectRejected(
      await requestWith(c, `${text.slice(0, 2)}\u0000${text.slice(2)}`),
      400,
      fieldName(c.path),
    );
  });
});

describe('a right-to-left override (U+202E) in a text field is rejected with 400 naming the field', () => {
  it.each(textCases.map((c) => [label(c), c] as const))('%s', async (_name, c) => {
    const text = String(c.value);
    await expectRejected(
      await requestWith(c, `${text.slice(0, 2)}\u202E${text.slice(2)}`),
      400,
      fieldName(c.path),
    );
  });
});

const sectorCases = casesFor((value) => (sectors as readonly unknown[]).includes(value));

describe('an unknown sector ("no_such_sector") is rejected with 400 naming the field', () => {
  it.each(sectorCases.map((c) => [label(c), c] as const))('%s', async (_name, c) => {
    await expectRejected(await requestWith(c, 'no_such_sector'), 400, fieldName(c.path));
  });
});

const dateCases = casesFor((value) => isDateString(value));

describe('a date in year 0000 or 9999 is rejected with 400 naming the field', () => {
  for (const date of ['0000-01-01', '9999-12-31']) {
    it.each(dateCases.map((c) => [label(c), c] as const))(`%s = ${date}`, async (_name, c) => {
      await expectRejected(await requestWith(c, date), 400, fieldName(c.path));
    });
  }

  it.each(['0000-01-01', '9999-12-31'])(
    'PATCH /v1/matches/:id startDate = %s (starting an accepted match)',
    async (date) => {
      await refresh(world);
      const placement = entities(world.snapshot, 'placement').find(
        (p) => p.employerId === world.ownEmployerId && p.status === 'open',
      )!;
      const participant = (
        await call(world.coach, 'POST', '/v1/participants', {
          body: participantBody({ firstName: `Start${date.slice(0, 4)}` }),
        })
      ).json;
      const match = (
        await call(world.coach, 'POST', '/v1/matches', {
          body: { participantId: participant.id, placementId: placement.id, consentToShare: false },
        })
      ).json;
      const accepted = await call(world.owner, 'PATCH', `/v1/matches/${match.id}`, {
        body: { status: 'accepted' },
        headers: { 'if-match': '"v1"' },
      });
      expect(accepted.status, accepted.text).toBe(200);
      await refresh(world);
      await expectRejected(
        {
          as: world.coach,
          method: 'PATCH',
          path: `/v1/matches/${match.id}`,
          headers: { 'if-match': currentEtag(world, 'match', match.id) },
          body: { status: 'started', startDate: date },
        },
        400,
        'startDate',
      );
    },
  );
});

describe('an unknown top-level key is rejected with 400 naming the key, not "(body)"', () => {
  it.each(bodyRoutes.map((route) => [routeName(route), route] as const))('%s', async (_name, route) => {
    const { target } = shapes.find((shape) => shape.route === route)!;
    await refresh(world);
    const request = requestFor(world, route, target);
    request.body = { ...(target.body ?? {}), unexpected: 'x' };
    await expectRejected(request, 400, 'unexpected');
  });
});

const objectCases = casesFor((value) => value !== null && typeof value === 'object' && !Array.isArray(value));

describe('an unknown key inside a nested object is rejected with 400 naming it', () => {
  it.each(objectCases.map((c) => [label(c), c] as const))('%s', async (_name, c) => {
    await expectRejected(
      await requestWith(c, { ...(c.value as object), unexpected: 'x' }),
      400,
      `${fieldName(c.path)}.unexpected`,
    );
  });
});

describe('a body that is not JSON is refused with 415 and changes nothing', () => {
  const contentTypes: [string, string | null][] = [
    ['text/plain', 'text/plain'],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
    ['no content type', null],
  ];
  for (const [name, contentType] of contentTypes) {
    it.each(
      shapes
        .filter((s, index) => shapes.findIndex((t) => t.route === s.route) === index)
        .map((s) => [routeName(s.route), s] as const),
    )(`%s with ${name}`, async (_name, { route, target }) => {
      const before = (await refresh(world)).mine;
      const request = requestFor(world, route, target);
      const headers: Record<string, string> = {
        ...request.headers,
        authorization: `Bearer ${request.as.token}`,
        ...(contentType ? { 'content-type': contentType } : {}),
      };
      // Bytes, so that no content type is added when none is given.
      const response = await app.request(request.path, {
        method: request.method,
        headers,
        body: new TextEncoder().encode(JSON.stringify(request.body)),
      });
      const text = await response.text();
      expect(
        response.status,
        `${request.method} ${request.path} → ${response.status} ${text.slice(0, 300)}`,
      ).toBe(415);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(snapshotDiff(before, (await refresh(world)).mine)).toEqual([]);
    });
  }
});

describe('malformed JSON is rejected with a 400 problem whose errors name the body', () => {
  it.each(bodyRoutes.map((route) => [routeName(route), route] as const))('%s', async (_name, route) => {
    const { target } = shapes.find((shape) => shape.route === route)!;
    await refresh(world);
    const request = requestFor(world, route, target);
    delete request.body;
    request.rawBody = '{"truncated": ';
    request.headers['content-type'] = 'application/json';
    await expectRejected(request, 400, '(body)');
  });
});

const patchRoutes = writeRoutes.filter((route) => route.method === 'PATCH');

describe('an empty PATCH {} is rejected with 400 and never bumps the version', () => {
  it.each(patchRoutes.map((route) => [routeName(route), route] as const))('%s', async (_name, route) => {
    const { target } = shapes.find((shape) => shape.route === route)!;
    await refresh(world);
    const request = requestFor(world, route, target);
    request.body = {};
    await expectRejected(request, 400);
  });
});

describe('a PATCH that repeats the current values answers 200 and keeps the version and ETag', () => {
  // Matches are left out: their patch asks for a step, not field values (a repeated step is a unit test).
  const unchanged = patchRoutes.filter((route) => route.subject !== 'match');
  it.each(unchanged.map((route) => [routeName(route), route] as const))('%s', async (_name, route) => {
    const { target } = shapes.find((shape) => shape.route === route)!;
    await refresh(world);
    // A record with no :id (the tenant) is read as its GET shows it: the values in force.
    const current = route.current
      ? route.current(world, target)!
      : route.subject
        ? itemOf(world, route.subject, target.id!)!
        : (await call(target.as, 'GET', route.path)).json;
    const body = Object.fromEntries(Object.keys(target.body ?? {}).map((key) => [key, current[key]]));
    const request = requestFor(world, route, { ...target, body });
    // Read again after the GET: a coach's or admin's first answered request puts them on the staff list.
    const before = (await refresh(world)).mine;
    const response = await send(request);
    expect(response.status, response.text).toBe(200);
    expect(response.headers.get('etag')).toBe(request.headers['if-match']);
    expect(response.json.version).toBe(Number(current.version));
    // The answer shows a profile, so a participant read is audited; nothing else may be written.
    const written = snapshotDiff(before, (await refresh(world)).mine).filter(
      (line) => !line.includes('#AUDIT#'),
    );
    expect(written).toEqual([]);
  });
});
