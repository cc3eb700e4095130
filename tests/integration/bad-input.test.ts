// Fuzzes every write route from VALID requests outward: each run takes a request
// the domain accepts (or one it refuses for a domain reason) and mutates it one or
// two ways, so validation, 404, 409, 412, 422 and 428 paths all run, and the
// answers are checked against invariants that hold for any input. The exact answers
// the API owes for specific bad input are in input-expectations.test.ts.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from './support/harness.ts';
import { type Snapshot, snapshotDiff } from './support/table-snapshot.ts';
import {
  buildWorld,
  currentEtag,
  fieldName,
  isDateString,
  isSlug,
  type JsonPath,
  leaves,
  type Request,
  refresh,
  requestFor,
  routeName,
  send,
  servedWriteRoutes,
  unknownId,
  type World,
  type WriteRoute,
  withValue,
  writeRoutes,
} from './support/write-routes.ts';

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

type Response = Awaited<ReturnType<typeof send>>;

/** The invariants every answer keeps, whatever the input. */
function expectWellFormedAnswer(request: Request, response: Response) {
  const context = describeExchange(request, response);
  expect(response.status, context).toBeLessThan(500);
  expect(response.text, `${context}\nno stack trace leaves the server`).not.toMatch(/\bat .+\.(ts|js):\d+/);
  if (response.status === 204) {
    expect(response.text, context).toBe('');
    return;
  }
  if (response.status < 400) {
    expect(response.headers.get('content-type'), context).toMatch(/^application\/json/);
    return;
  }
  expect(response.headers.get('content-type'), context).toBe('application/problem+json');
  expect(response.json?.type, context).toMatch(/^https:\/\/\S+/);
  expect(response.json?.title, context).toEqual(expect.stringMatching(/\S/));
  expect(response.json?.status, context).toBe(response.status);
  if (response.status === 400) {
    expect(response.json.errors, `${context}\na 400 names the fields`).toEqual(
      expect.arrayContaining([expect.anything()]),
    );
    for (const error of response.json.errors) {
      expect(error, context).toEqual({
        field: expect.stringMatching(/\S/),
        message: expect.stringMatching(/\S/),
      });
    }
  }
}

function describeExchange(request: Request, response: Response) {
  const body =
    request.rawBody !== undefined
      ? `raw ${request.rawBody}`
      : request.body === undefined
        ? '(no body)'
        : JSON.stringify(request.body);
  return [
    `${request.method} ${request.path} as ${request.as.role}`,
    `headers ${JSON.stringify(request.headers)}`,
    `body ${body.length > 600 ? `${body.slice(0, 600)}… (${body.length} chars)` : body}`,
    `→ ${response.status} ${response.text.slice(0, 600)}`,
  ].join('\n');
}

describe('the write-route registry the input tests use', () => {
  it('has a valid-request generator for every write route in app.routes, and none for a route that is gone', () => {
    expect(writeRoutes.map(routeName).sort()).toEqual(servedWriteRoutes());
  });

  it('generates, for every route that has one, a well-formed request the domain refuses with 403, 409 or 422', async () => {
    for (const route of writeRoutes.filter((r) => r.refused)) {
      await refresh(world);
      const response = await send(requestFor(world, route, route.refused!(world, 1)));
      expect([403, 409, 422], `${routeName(route)} → ${response.status} ${response.text}`).toContain(
        response.status,
      );
    }
  });

  it('generates, for every write route, a request the API answers with 2xx (the fuzz starts inside the domain)', async () => {
    for (const route of writeRoutes) {
      const statuses: number[] = [];
      for (let pick = 0; pick < 4 && !statuses.some((s) => s < 300); pick++) {
        await refresh(world);
        const response = await send(requestFor(world, route, route.valid(world, pick)));
        statuses.push(response.status);
      }
      expect(
        statuses.some((status) => status >= 200 && status < 300),
        `${routeName(route)}: ${statuses}`,
      ).toBe(true);
    }
  });
});

// ---- Mutations ------------------------------------------------------------------------------

type Mutation =
  | { kind: 'none' }
  | { kind: 'refused' }
  | { kind: 'drop'; pick: number }
  | { kind: 'retype'; pick: number; value: unknown }
  | { kind: 'number'; pick: number; value: number }
  | { kind: 'longString'; pick: number; length: number }
  | { kind: 'control'; pick: number; char: string; at: number }
  | { kind: 'date'; pick: number; value: string }
  | { kind: 'enum'; pick: number; value: string }
  | { kind: 'extraKey'; pick: number; key: string }
  | { kind: 'ifMatch'; value: 'stale' | 'garbage' | 'missing' | 'weakStale' | 'other' }
  | { kind: 'foreignId'; pick: number; whose: 'otherTenant' | 'unknown' | 'malformed' }
  | { kind: 'contentType'; value: string | null }
  | { kind: 'notObject'; value: unknown };

const pick = fc.nat({ max: 1000 });
const outOfRange = [-1, -1e9, 1e9, 1e308, Number.MAX_SAFE_INTEGER + 2];
const impossibleDates = ['2027-02-30', '2027-13-01', '2027-1-1', '2027-02-01T00:00:00Z', '', '20270201'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'refused' as const }) },
  fc.record({ kind: fc.constant('drop' as const), pick }),
  fc.record({
    kind: fc.constant('retype' as const),
    pick,
    value: fc.constantFrom<unknown>(null, 42, 'text', true, [], {}, [1, 'a'], { a: 1 }),
  }),
  fc.record({
    kind: fc.constant('number' as const),
    pick,
    value: fc.constantFrom(...outOfRange, 0, 2.5, -0.5),
  }),
  fc.record({
    kind: fc.constant('longString' as const),
    pick,
    length: fc.constantFrom(121, 301, 501, 2001, 10_000, 70_000),
  }),
  fc.record({
    kind: fc.constant('control' as const),
    pick,
    char: fc.constantFrom('\u0000', '\u202E', '\u0007', '\u001B', '\uFEFF', '\u200B', '\uD800', '\n'),
    at: fc.nat({ max: 200 }),
  }),
  fc.record({
    kind: fc.constant('date' as const),
    pick,
    value: fc.constantFrom('0000-01-01', '9999-12-31', ...impossibleDates),
  }),
  fc.record({
    kind: fc.constant('enum' as const),
    pick,
    value: fc.constantFrom('no_such_sector', 'NOPE', '', 'proposed', 'full', 'exited', 'admin'),
  }),
  fc.record({
    kind: fc.constant('extraKey' as const),
    pick,
    key: fc.constantFrom(
      'unexpected',
      '__proto__',
      'constructor',
      'tenant',
      'version',
      'id',
      'seatsTaken',
      'stage',
    ),
  }),
  fc.record({
    kind: fc.constant('ifMatch' as const),
    value: fc.constantFrom(
      'stale' as const,
      'garbage' as const,
      'missing' as const,
      'weakStale' as const,
      'other' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('foreignId' as const),
    pick,
    whose: fc.constantFrom('otherTenant' as const, 'unknown' as const, 'malformed' as const),
  }),
  fc.record({
    kind: fc.constant('contentType' as const),
    value: fc.constantFrom<string | null>(
      'text/plain',
      null,
      'application/x-www-form-urlencoded',
      'text/csv',
    ),
  }),
  fc.record({
    kind: fc.constant('notObject' as const),
    value: fc.constantFrom<unknown>(null, [], 'text', 42, true, [{}]),
  }),
);

/** What a single mutation on its own must get, where today's contract is already clear. */
interface Oracle {
  status: number;
  /** A field the 400 must name. */
  field?: string;
}

const jsonType = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

function setKey(target: Record<string, unknown>, key: string, value: unknown) {
  // defineProperty, so "__proto__" becomes an own key that JSON.stringify sends.
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Applies one mutation; returns the new request and, when the answer is certain, an oracle. */
function mutate(route: WriteRoute, request: Request, m: Mutation): { request: Request; oracle?: Oracle } {
  const next: Request = { ...request, headers: { ...request.headers } };
  const body = request.body;
  const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
  const all = body !== null && typeof body === 'object' ? leaves(body) : [];
  const choose = <T>(list: T[], n: number) => (list.length > 0 ? list[n % list.length] : undefined);
  const set = (path: JsonPath, value: unknown, remove = false) => {
    next.body = withValue(body, path, value, remove);
  };
  switch (m.kind) {
    case 'none':
    case 'refused':
      return { request: next };
    case 'drop': {
      const leaf = choose(all, m.pick);
      if (leaf) set(leaf.path, undefined, true);
      return { request: next };
    }
    case 'retype': {
      const leaf = choose(all, m.pick);
      if (!leaf || jsonType(leaf.value) === jsonType(m.value)) return { request: next };
      set(leaf.path, m.value);
      return { request: next, oracle: { status: 400 } };
    }
    case 'number': {
      const leaf = choose(
        all.filter((l) => typeof l.value === 'number'),
        m.pick,
      );
      if (!leaf) return { request: next };
      set(leaf.path, m.value);
      return { request: next, ...(outOfRange.includes(m.value) ? { oracle: { status: 400 } } : {}) };
    }
    case 'longString': {
      const leaf = choose(
        all.filter((l) => typeof l.value === 'string'),
        m.pick,
      );
      if (!leaf) return { request: next };
      set(leaf.path, 'x'.repeat(m.length));
      // No text field allows more than 2000 characters; the whole body may be 64 KiB.
      if (m.length > 64 * 1024) return { request: next, oracle: { status: 413 } };
      return { request: next, ...(m.length > 2000 ? { oracle: { status: 400 } } : {}) };
    }
    case 'control': {
      const leaf = choose(
        all.filter((l) => typeof l.value === 'string'),
        m.pick,
      );
      if (!leaf) return { request: next };
      const text = leaf.value as string;
      const at = m.at % (text.length + 1);
      set(leaf.path, `${text.slice(0, at)}${m.char}${text.slice(at)}`);
      return { request: next };
    }
    case 'date': {
      const leaf = choose(
        all.filter((l) => isDateString(l.value)),
        m.pick,
      );
      if (!leaf) return { request: next };
      set(leaf.path, m.value);
      return { request: next, ...(impossibleDates.includes(m.value) ? { oracle: { status: 400 } } : {}) };
    }
    case 'enum': {
      const leaf = choose(
        all.filter((l) => isSlug(l.value)),
        m.pick,
      );
      if (leaf) set(leaf.path, m.value);
      return { request: next };
    }
    case 'extraKey': {
      if (!isObject) return { request: next };
      const objects = [{ path: [] as JsonPath, value: body }, ...all].filter(
        (l) => l.value !== null && typeof l.value === 'object' && !Array.isArray(l.value),
      );
      const target = choose(objects, m.pick)!;
      const copy = structuredClone(body) as Record<string, unknown>;
      let holder = copy;
      for (const step of target.path) holder = holder[step] as Record<string, unknown>;
      setKey(holder, m.key, 'x');
      next.body = copy;
      // Every body schema is strict at the top: an unknown top-level key is a 400.
      return { request: next, ...(target.path.length === 0 ? { oracle: { status: 400 } } : {}) };
    }
    case 'ifMatch': {
      if (route.method !== 'PATCH') {
        next.headers['if-match'] = '"v0"';
        return { request: next };
      }
      const current = request.headers['if-match'];
      if (m.value === 'missing') {
        delete next.headers['if-match'];
        return { request: next, oracle: { status: 428 } };
      }
      const stale = `"v${Math.max(0, Number(/\d+/.exec(current ?? '')?.[0] ?? 1) - 1)}"`;
      next.headers['if-match'] = {
        stale,
        garbage: 'not-an-etag',
        weakStale: `W/${stale}`,
        other: `"v${Number(/\d+/.exec(current ?? '')?.[0] ?? 1) + 7}"`,
      }[m.value];
      return { request: next, oracle: { status: 412 } };
    }
    case 'foreignId': {
      const replacement = (entity: keyof World['other']['ids']) =>
        m.whose === 'otherTenant'
          ? world.other.ids[entity]
          : m.whose === 'unknown'
            ? unknownId()
            : 'not-an-id';
      if (route.subject) {
        const id = request.path.split('/')[3]!;
        next.path = request.path.replace(id, replacement(route.subject));
        // Another tenant's resource is simply not found; a malformed id is a 400 naming it.
        return {
          request: next,
          oracle: m.whose === 'malformed' ? { status: 400, field: 'param.id' } : { status: 404 },
        };
      }
      const fields = Object.entries(route.references ?? {});
      const chosen = choose(fields, m.pick);
      if (!chosen || !isObject) return { request: next };
      const [field, entity] = chosen;
      const list = Array.isArray((body as Record<string, unknown>)[field]);
      set([field], list ? [replacement(entity)] : replacement(entity));
      if (m.whose === 'malformed') return { request: next, oracle: { status: 400 } };
      // A proposal must name this tenant's participant and placement; a batch only narrows its input.
      return { request: next, ...(list ? {} : { oracle: { status: 400, field } }) };
    }
    case 'contentType': {
      next.rawBody = JSON.stringify(body ?? {});
      delete next.body;
      if (m.value === null) next.headers['content-type'] = '';
      else next.headers['content-type'] = m.value;
      return { request: next };
    }
    case 'notObject': {
      if (!route.hasBody) return { request: next };
      next.body = m.value;
      return { request: next, oracle: { status: 400 } };
    }
  }
}

describe('fuzzing every write route from valid requests', () => {
  it('never answers 5xx; answers 4xx with a problem+json (type, title, status; a 400 names its fields); ' +
    'changes none of the tenant’s items when it rejects; never touches another tenant; and gives the ' +
    'status the contract already fixes for a single certain mutation (400/404/412/413/428)', async () => {
    let before: Snapshot = (await refresh(world)).mine;
    let runs = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writeRoutes.map(routeName)),
        pick,
        fc.array(mutation, { minLength: 1, maxLength: 2 }),
        async (name, choice, mutations) => {
          const route = writeRoutes.find((r) => routeName(r) === name)!;
          runs++;
          const target =
            mutations[0]!.kind === 'refused' && route.refused
              ? route.refused(world, choice)
              : route.valid(world, choice);
          let request = requestFor(world, route, target);
          const oracles: (Oracle | undefined)[] = [];
          for (const m of mutations) {
            const result = mutate(route, request, m);
            request = result.request;
            oracles.push(result.oracle);
          }
          const response = await send(request);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const context = `${mutations.map((m) => m.kind).join(' + ')}\n${describeExchange(request, response)}`;
          expectWellFormedAnswer(request, response);
          const oracle = mutations.length === 1 ? oracles[0] : undefined;
          if (oracle) {
            expect(response.status, context).toBe(oracle.status);
            if (oracle.field) {
              expect(
                response.json.errors.map((e: { field: string }) => e.field),
                context,
              ).toContain(oracle.field);
            }
          }
          const after = await refresh(world);
          if (response.status >= 400) {
            expect(snapshotDiff(before, after.mine), `rejected, yet items changed\n${context}`).toEqual([]);
          }
          expect(
            snapshotDiff(world.otherSnapshot, after.other),
            `another tenant changed\n${context}`,
          ).toEqual([]);
          before = after.mine;
        },
      ),
      // Bounded: about a minute on a shared 2-core machine; no shrinking, since the world has moved on.
      {
        numRuns: 400,
        interruptAfterTimeLimit: 75_000,
        markInterruptAsFailure: false,
        endOnFailure: true,
        // Always run too: each PATCH without and with a stale If-Match, each route's refused request.
        examples: [
          ...writeRoutes
            .filter((route) => route.method === 'PATCH')
            .flatMap((route) => [
              [routeName(route), 0, [{ kind: 'ifMatch', value: 'missing' }]] as [string, number, Mutation[]],
              [routeName(route), 1, [{ kind: 'ifMatch', value: 'stale' }]] as [string, number, Mutation[]],
            ]),
          ...writeRoutes.map(
            (route) => [routeName(route), 1, [{ kind: 'refused' }]] as [string, number, Mutation[]],
          ),
        ],
      },
    );
    // The fuzz reached the domain, not only validation.
    expect(runs).toBeGreaterThan(50);
    const reached = [...statuses.keys()];
    for (const status of [200, 201, 400, 404, 409, 412, 422, 428]) {
      expect(reached, `statuses seen: ${JSON.stringify([...statuses])}`).toContain(status);
    }
  }, 150_000);
});

describe('odd query strings and path ids', () => {
  it('answers each with a 4xx problem+json, never 5xx', async () => {
    const participant = [...world.snapshot.values()].find((item) => item.entity === 'participant')!;
    const odd = [
      '/v1/placements?limit=0',
      '/v1/placements?limit=abc',
      '/v1/placements?cursor=%00%01',
      '/v1/placements?status=open&status=closed',
      '/v1/participants?stage=nope',
      '/v1/matches?participantId=x',
      '/v1/employers/%E2%80%AE',
      '/v1/employers/%00',
      `/v1/participants/${participant.id}/matches?includeExcluded=maybe`,
    ];
    for (const path of odd) {
      const response = await call(world.coach, 'GET', path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect(response.headers.get('content-type'), path).toBe('application/problem+json');
    }
  });

  it('keeps the If-Match of a read usable: the ETag the snapshot gives is the one GET returns', async () => {
    await refresh(world);
    const read = await call(world.coach, 'GET', `/v1/employers/${world.ownEmployerId}`);
    expect(read.headers.get('etag')).toBe(currentEtag(world, 'employer', world.ownEmployerId));
  });
});

// Guards the helpers above: a field path is reported the way the API names fields.
describe('body walking', () => {
  it('names nested and listed fields the way the API reports them', () => {
    const paths = leaves({ a: { b: 1 }, c: ['x'] }).map((leaf) => fieldName(leaf.path));
    expect(paths).toEqual(['a', 'a.b', 'c', 'c.0']);
  });
});
