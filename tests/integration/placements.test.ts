import { beforeAll, describe, expect, it } from 'vitest';
import { documents, tableName } from '#shared/db/client';
import { createPlacement as createPlacementRecord } from '#shared/db/repositories/placements';
import {
  activeEmployer,
  type Caller,
  call,
  caller,
  employerBody,
  newTenant,
  placementBody,
} from './support/harness.ts';
import { scanCommandForGuardTest } from './support/table-snapshot.ts';

const tenant = newTenant();
let coach: Caller;
let owner: Caller;
let employerId: string;

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  owner = await caller(tenant, 'employer');
  const registered = await call(owner, 'POST', '/v1/employers', { body: employerBody() });
  employerId = registered.json.id;
});

const createPlacement = (who: Caller, body = placementBody(), id = employerId) =>
  call(who, 'POST', `/v1/employers/${id}/placements`, { body });

describe('creating placements', () => {
  it('lets a pending employer draft but not open a placement', async () => {
    const draft = await createPlacement(owner);
    expect(draft.status).toBe(201);
    expect(draft.json).toMatchObject({ status: 'draft', seatsTaken: 0, employerId, version: 1 });
    expect(draft.headers.get('location')).toBe(`/v1/placements/${draft.json.id}`);

    const before = await call(owner, 'GET', '/v1/placements?limit=100');
    const open = await createPlacement(owner, placementBody({ status: 'open' }));
    expect(open.status).toBe(409);
    expect(open.json.errors[0].field).toBe('status');
    expect((await call(owner, 'GET', '/v1/placements?limit=100')).json.items).toHaveLength(
      before.json.items.length,
    );

    const opening = await call(owner, 'PATCH', `/v1/placements/${draft.json.id}`, {
      body: { status: 'open' },
      headers: { 'if-match': '"v1"' },
    });
    expect(opening.status).toBe(409);
  });

  it.each([
    ['seats', { seats: 0 }],
    ['maxSupportLevel', { maxSupportLevel: 5 }],
    ['tasks', { tasks: [] }],
    ['tasks.0', { tasks: ['juggling'] }],
    ['schedule.weekdays', { schedule: { kind: 'halfDay', weekdays: [] } }],
    ['startDate', { startDate: '2027-13-01' }],
    ['traits.0', { traits: ['telepathy'] }],
  ])('answers 400 naming %s', async (field, overrides) => {
    const response = await createPlacement(coach, { ...placementBody(), ...overrides } as never);
    expect(response.status).toBe(400);
    expect(response.json.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('keeps another employer and another tenant out with 404', async () => {
    const stranger = await caller(tenant, 'employer');
    await call(stranger, 'POST', '/v1/employers', { body: employerBody() });
    expect((await createPlacement(stranger)).status).toBe(404);
    const draft = await createPlacement(owner);
    expect((await call(stranger, 'GET', `/v1/placements/${draft.json.id}`)).status).toBe(404);
    const foreignCoach = await caller(newTenant(), 'coach');
    expect((await call(foreignCoach, 'GET', `/v1/placements/${draft.json.id}`)).status).toBe(404);
    expect(
      (
        await call(foreignCoach, 'PATCH', `/v1/placements/${draft.json.id}`, {
          body: { title: 'Annan rubrik' },
          headers: { 'if-match': '"v1"' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('changing placements', () => {
  it('opens, fills up and closes a placement under If-Match', async () => {
    const employer = await activeEmployer(coach);
    const created = await createPlacement(coach, placementBody({ status: 'open', seats: 2 }), employer.id);
    const path = `/v1/placements/${created.json.id}`;
    expect((await call(coach, 'PATCH', path, { body: { seats: 3 } })).status).toBe(428);
    const grown = await call(coach, 'PATCH', path, { body: { seats: 3 }, headers: { 'if-match': '"v1"' } });
    expect(grown.json).toMatchObject({ seats: 3, status: 'open', version: 2 });
    expect(
      (await call(coach, 'PATCH', path, { body: { seats: 4 }, headers: { 'if-match': '"v1"' } })).status,
    ).toBe(412);
    const backToDraft = await call(coach, 'PATCH', path, {
      body: { status: 'draft' },
      headers: { 'if-match': '"v2"' },
    });
    expect(backToDraft.status).toBe(422);
    const closed = await call(coach, 'PATCH', path, {
      body: { status: 'closed' },
      headers: { 'if-match': '"v2"' },
    });
    expect(closed.json.status).toBe('closed');
  });
});

describe('employer name on placements', () => {
  it('follows a rename of the employer', async () => {
    const employer = await activeEmployer(coach, { name: 'Gamla Namnet AB' });
    const created = await createPlacement(coach, placementBody(), employer.id);
    expect(created.json.employerName).toBe('Gamla Namnet AB');
    await call(coach, 'PATCH', `/v1/employers/${employer.id}`, {
      body: { name: 'Nya Namnet AB' },
      headers: { 'if-match': '"v1"' },
    });
    expect((await call(coach, 'GET', `/v1/placements/${created.json.id}`)).json.employerName).toBe(
      'Nya Namnet AB',
    );
  });
});

describe('listing placements', () => {
  it('filters by sector and status on the index and shows employers only their own', async () => {
    const employer = await activeEmployer(coach);
    await createPlacement(coach, placementBody({ status: 'open', sector: 'retail' }), employer.id);
    await createPlacement(coach, placementBody({ status: 'open', sector: 'food_service' }), employer.id);
    await createPlacement(coach, placementBody({ status: 'draft', sector: 'retail' }), employer.id);

    const openRetail = await call(coach, 'GET', '/v1/placements?sector=retail&status=open&limit=100');
    expect(openRetail.json.items.length).toBeGreaterThan(0);
    for (const placement of openRetail.json.items)
      expect(placement).toMatchObject({ sector: 'retail', status: 'open' });
    const retail = await call(coach, 'GET', '/v1/placements?sector=retail&limit=100');
    expect(new Set(retail.json.items.map((p: { status: string }) => p.status))).toEqual(
      new Set(['open', 'draft']),
    );

    const own = await call(owner, 'GET', '/v1/placements?limit=100');
    for (const placement of own.json.items) expect(placement.employerId).toBe(employerId);
    expect((await call(owner, 'GET', '/v1/placements?status=nonsense')).status).toBe(400);
  });

  it('pages through 1,000 placements exactly once each, and rejects an edited cursor', async () => {
    const bigTenant = newTenant();
    const bigCoach = await caller(bigTenant, 'coach');
    const employer = await activeEmployer(bigCoach);
    const ids: string[] = [];
    // Through the repository, many at a time, so the test measures paging rather than 1,000 POSTs.
    for (let batch = 0; batch < 20; batch++) {
      const created = await Promise.all(
        Array.from({ length: 50 }, () =>
          createPlacementRecord(bigTenant, {
            ...placementBody({ status: 'open', sector: 'retail' }),
            employerId: employer.id,
            employerName: 'Testbolaget AB',
          }),
        ),
      );
      ids.push(...created.map((placement) => placement.id));
    }

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = `/v1/placements?status=open&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await call(bigCoach, 'GET', query);
      expect(page.status).toBe(200);
      seen.push(...page.json.items.map((p: { id: string }) => p.id));
      cursor = page.json.cursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen).toHaveLength(1000);
    expect(new Set(seen)).toEqual(new Set(ids));

    const first = await call(bigCoach, 'GET', '/v1/placements?status=open&limit=10');
    const [payload, signature] = first.json.cursor.split('.');
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
    decoded.gsi2sk = 'retail#0';
    const edited = `${Buffer.from(JSON.stringify(decoded)).toString('base64url')}.${signature}`;
    const rejected = await call(bigCoach, 'GET', `/v1/placements?status=open&limit=10&cursor=${edited}`);
    expect(rejected.status).toBe(400);
    expect(rejected.json.errors[0].field).toBe('query.cursor');
    // A valid cursor is bound to its filter and tenant too.
    const otherFilter = await call(bigCoach, 'GET', `/v1/placements?limit=10&cursor=${first.json.cursor}`);
    expect(otherFilter.status).toBe(400);
  }, 180_000);
});

describe('no Scan on request paths', () => {
  it('fails any Scan sent through the repositories’ client', async () => {
    await expect(documents().send(scanCommandForGuardTest(tableName()))).rejects.toThrow(
      /Scan is not allowed/,
    );
  });
});
