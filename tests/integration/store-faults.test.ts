// When DynamoDB throttles or fails and the SDK's own retries run out, every route
// answers 503 `service.busy` with Retry-After: never a 500, never a half-done write.
// The faults come from the transport (support/faulty-dynamo.ts), so the SDK
// classifies and retries them as it does in production.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { declaredRoutes } from './support/declared-responses.ts';
import { type Fault, type FaultyDynamo, installFaultyDynamo } from './support/faulty-dynamo.ts';
import { app, type Caller, call } from './support/harness.ts';
import { snapshotDiff } from './support/table-snapshot.ts';
import {
  buildWorld,
  refresh,
  requestFor,
  routeName,
  send,
  unknownId,
  type World,
  writeRoutes,
} from './support/write-routes.ts';

let world: World;
let faulty: ReturnType<typeof installFaultyDynamo>;
let handler: FaultyDynamo;

beforeAll(async () => {
  world = await buildWorld();
  faulty = installFaultyDynamo();
  handler = faulty.handler;
}, 120_000);

afterEach(() => handler.heal());
afterAll(() => faulty.uninstall());

const writes = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);
const faults: Fault[] = ['throttle', 'throughput', 'server-error'];

function expectBusy(label: string, response: Awaited<ReturnType<typeof call>>) {
  expect(response.status, `${label}: ${response.text.slice(0, 300)}`).toBe(503);
  expect(response.headers.get('content-type'), label).toBe('application/problem+json');
  expect(String(response.json?.type), label).toMatch(/\/service\.busy$/);
  expect(response.headers.get('retry-after'), label).toMatch(/^[1-9]\d*$/);
}

/** A caller the route lets in, so the request reaches the store. */
function callerFor(roles: readonly string[] | undefined): Caller | undefined {
  if (!roles || roles.length === 0) return undefined;
  if (roles.includes('coach')) return world.coach;
  if (roles.includes('admin')) return world.admin;
  return world.owner;
}

/** Fills a route template's parameters with values of the right shape. */
function pathOf(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'tenant') return world.tenant;
    if (/token/i.test(name)) return `${world.tenant}.${'s'.repeat(43)}`;
    if (name === 'month') return '1';
    return unknownId();
  });
}

/** A value of the right shape for a query field a read requires, by its name. */
function queryValue(field: string): string {
  if (field === 'month') return '2026-11';
  if (field === 'from') return '2026-01-01';
  if (field === 'to') return '2026-06-30';
  return unknownId();
}

/** The query fields a 400 names (`query.subjectId`), if it names any. */
const missingQueryFields = (response: Awaited<ReturnType<typeof call>>) =>
  response.status === 400
    ? ((response.json?.errors ?? []) as { field: string }[])
        .map((error) => error.field)
        .filter((field) => field.startsWith('query.'))
        .map((field) => field.slice('query.'.length))
    : [];

describe('every declared route, while every call to DynamoDB fails', () => {
  const declared = () =>
    app.openAPIRegistry.definitions.flatMap((definition) =>
      definition.type === 'route'
        ? [definition.route as typeof definition.route & { 'x-roles'?: string[] }]
        : [],
    );

  it('covers every route the app serves: none is served without being declared', () => {
    const declaredNames = new Set(
      declaredRoutes(app).map((route) => `${route.method} ${route.template.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const served = app.routes
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/v1'))
      .map((route) => `${route.method} ${route.path.replace(/\/$/, '')}`);
    expect(served.filter((name) => !declaredNames.has(name))).toEqual([]);
  });

  it('answers 503 service.busy with Retry-After wherever the store was asked, and never 500', async () => {
    const touched: string[] = [];
    const untouched: string[] = [];
    let index = 0;
    for (const route of declared()) {
      const fault = faults[index++ % faults.length]!;
      const method = route.method.toUpperCase();
      const path = `/v1${route.path}`.replace(/\/$/, '');
      // Calls still in flight from the last route (a Promise.all that failed early) finish first.
      await new Promise((resolve) => setTimeout(resolve, 50));
      handler.heal();
      handler.failWith(fault);
      const hasBody = route.request?.body !== undefined;
      const target = pathOf(path);
      const send = (query = '') =>
        call(callerFor(route['x-roles']), method, `${target}${query}`, {
          ...(hasBody ? { body: {} } : {}),
          ...(method === 'PATCH' ? { headers: { 'if-match': '"v1"' } } : {}),
        });
      let response = await send();
      // A read that requires a query is sent again with one of the right shape.
      const missing = missingQueryFields(response);
      if (method === 'GET' && missing.length > 0) {
        handler.heal();
        handler.failWith(fault);
        response = await send(
          `?${missing.map((field) => `${field}=${encodeURIComponent(queryValue(field))}`).join('&')}`,
        );
      }
      const label = `${method} ${path} (${fault}; sent ${handler.sent.join(', ')})`;
      expect(response.status, `${label}: ${response.text.slice(0, 300)}`).not.toBe(500);
      if (handler.sent.length > 0) {
        expectBusy(label, response);
        touched.push(label);
      } else {
        expect(response.status, label).toBeLessThan(500);
        untouched.push(`${label} → ${response.status}`);
      }
    }
    // Every read reaches the store (health and the OpenAPI document need none); the writes
    // a body-less request leaves at validation are thrown at the store below, with valid bodies.
    const unreachedReads = untouched.filter(
      (line) => line.startsWith('GET ') && !/^GET \/v1\/(health|openapi\.json) /.test(line),
    );
    expect(unreachedReads, 'reads that answered without asking the store').toEqual([]);
    expect(touched.length, `did not reach the store:\n${untouched.join('\n')}`).toBeGreaterThan(
      declared().length / 2,
    );
  });
});

describe('every write route, with a request the domain accepts, while DynamoDB refuses writes', () => {
  it.each(writeRoutes.map((route) => [routeName(route), route] as const))(
    '%s answers 503 and writes nothing',
    async (_name, route) => {
      const before = (await refresh(world)).mine;
      const request = requestFor(world, route, route.valid(world, 0));
      handler.failWith('throttle');
      handler.failOnlyWrites(true);
      const response = await send(request);
      const label = `${request.method} ${request.path}`;
      if (handler.sent.some((operation) => writes.has(operation))) {
        expectBusy(label, response);
      } else {
        expect(response.status, `${label}: ${response.text.slice(0, 300)}`).toBeLessThan(500);
      }
      handler.heal();
      const after = (await refresh(world)).mine;
      expect(snapshotDiff(before, after), `${label} left a half-done write`).toEqual([]);
    },
  );
});

describe('the SDK retries before the API gives up', () => {
  // A fresh client each time: the SDK's retry quota is per client, and the tests above spent it.
  beforeEach(() => {
    faulty.uninstall();
    faulty = installFaultyDynamo();
    handler = faulty.handler;
  });

  it('a read throttled twice succeeds on the third attempt', async () => {
    handler.failWith('throttle', 2);
    const response = await call(world.coach, 'GET', `/v1/employers/${world.ownEmployerId}`);
    expect(response.status).toBe(200);
    expect(handler.sent.filter((operation) => operation === 'GetItem').length).toBeGreaterThanOrEqual(3);
  });

  it('a write that fails three times answers 503 after three attempts, and a retry then succeeds', async () => {
    const current = await call(world.coach, 'GET', `/v1/employers/${world.ownEmployerId}`);
    handler.failWith('server-error');
    handler.failOnlyWrites(true);
    const patch = {
      body: { contact: { name: 'Ny Kontakt', phone: '040-111111', email: 'ny@test.example' } },
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    };
    const busy = await call(world.coach, 'PATCH', `/v1/employers/${world.ownEmployerId}`, patch);
    expectBusy('PATCH employer', busy);
    expect(handler.sent.filter((operation) => writes.has(operation))).toHaveLength(3);
    handler.heal();
    const retried = await call(world.coach, 'PATCH', `/v1/employers/${world.ownEmployerId}`, patch);
    expect(retried.status).toBe(200);
  });
});
