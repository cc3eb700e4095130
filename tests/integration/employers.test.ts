import { beforeAll, describe, expect, it } from 'vitest';
import {
  activeEmployer,
  type Caller,
  call,
  caller,
  employerBody,
  expiredToken,
  newTenant,
  placementBody,
} from './support/harness.ts';

const tenant = newTenant();
let coach: Caller;
let employerUser: Caller;

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  employerUser = await caller(tenant, 'employer');
});

describe('POST /v1/employers', () => {
  it('lets an employer self-register as pending, with Location and ETag', async () => {
    const body = employerBody({ name: 'Självregistrerad AB' });
    const response = await call(employerUser, 'POST', '/v1/employers', { body });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      name: 'Självregistrerad AB',
      status: 'pending',
      tenant,
      version: 1,
    });
    expect(response.headers.get('location')).toBe(`/v1/employers/${response.json.id}`);
    expect(response.headers.get('etag')).toBe('"v1"');

    const mine = await call(employerUser, 'GET', '/v1/employers');
    expect(mine.json.items.map((e: { id: string }) => e.id)).toEqual([response.json.id]);

    const again = await call(employerUser, 'POST', '/v1/employers', { body: employerBody() });
    expect(again.status).toBe(409);
  });

  it('makes an employer registered by a coach active at once', async () => {
    const response = await call(coach, 'POST', '/v1/employers', { body: employerBody() });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ status: 'active', verifiedBy: coach.userId });
  });

  it('normalises the org number and rejects a duplicate in the same tenant with 409, storing nothing', async () => {
    const body = employerBody();
    const digits = body.orgNumber.replace('-', '');
    const first = await call(coach, 'POST', '/v1/employers', { body: { ...body, orgNumber: digits } });
    expect(first.json.orgNumber).toBe(body.orgNumber);
    const before = await call(coach, 'GET', '/v1/employers?limit=100');

    const duplicate = await call(coach, 'POST', '/v1/employers', { body: { ...body, name: 'Kopia AB' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.headers.get('content-type')).toBe('application/problem+json');
    expect(duplicate.json.errors).toEqual([{ field: 'orgNumber', message: expect.any(String) }]);

    const after = await call(coach, 'GET', '/v1/employers?limit=100');
    expect(after.json.items).toHaveLength(before.json.items.length);
  });

  it('registers several units under one organisation number, and refuses the same unit twice naming who holds it', async () => {
    const malmo = employerBody({ name: 'Malmö stad' });
    const library = await call(coach, 'POST', '/v1/employers', {
      body: { ...malmo, unit: 'Stadsbiblioteket' },
    });
    expect(library.status).toBe(201);
    expect(library.json.unit).toBe('Stadsbiblioteket');
    const rosengard = await call(coach, 'POST', '/v1/employers', {
      body: { ...malmo, unit: 'Rosengårds bibliotek' },
    });
    expect(rosengard.status).toBe(201);
    // The organisation itself, without a unit, is a workplace of its own.
    expect((await call(coach, 'POST', '/v1/employers', { body: malmo })).status).toBe(201);

    const again = await call(coach, 'POST', '/v1/employers', {
      body: { ...malmo, unit: '  rosengårds   BIBLIOTEK ' },
      headers: { 'accept-language': 'sv' },
    });
    expect(again.status).toBe(409);
    expect(again.json.type).toMatch(/employer\.org_number_taken$/);
    expect(again.json.errors).toEqual([
      { field: 'orgNumber', message: expect.stringContaining('”Rosengårds bibliotek, Malmö stad”') },
    ]);
    expect(again.json.errors[0].message).toMatch(/enhet/);
    const orgItself = await call(coach, 'POST', '/v1/employers', {
      body: { ...malmo, name: 'Malmö kommun' },
      headers: { 'accept-language': 'en' },
    });
    expect(orgItself.status).toBe(409);
    expect(orgItself.json.errors[0].message).toMatch(/“Malmö stad” already holds .* give the unit's name/);

    // A placement of a unit carries the unit's name, so a coach can tell the libraries apart.
    const placement = await call(coach, 'POST', `/v1/employers/${rosengard.json.id}/placements`, {
      body: placementBody(),
    });
    expect(placement.json.employerName).toBe('Rosengårds bibliotek, Malmö stad');
  });

  it('lets exactly one of ten racing registrations of one unit through', async () => {
    const body = employerBody({ unit: 'Lagret i Hyllie' });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => call(coach, 'POST', '/v1/employers', { body })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
  });

  it('lets exactly one of ten racing registrations of one org number through', async () => {
    const body = employerBody();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(coach, 'POST', '/v1/employers', { body: { ...body, name: `Kapplöpning ${i} AB` } }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    const all = await call(coach, 'GET', '/v1/employers?limit=100');
    expect(all.json.items.filter((e: { orgNumber: string }) => e.orgNumber === body.orgNumber)).toHaveLength(
      1,
    );
  });

  it('allows the same org number in another tenant', async () => {
    const body = employerBody();
    await call(coach, 'POST', '/v1/employers', { body });
    const otherCoach = await caller(newTenant(), 'coach');
    expect((await call(otherCoach, 'POST', '/v1/employers', { body })).status).toBe(201);
  });

  it.each([
    ['orgNumber', { orgNumber: '556677-8890' }],
    ['orgNumber', { orgNumber: 'abc' }],
    ['address.postcode', { address: { street: 'A 1', postcode: '1234', city: 'Malmö', area: 'C' } }],
    ['contact.email', { contact: { name: 'A', phone: '040-123456', email: 'not-an-email' } }],
    ['sectors', { sectors: [] }],
    ['name', { name: '' }],
  ])('answers 400 naming %s and stores nothing', async (field, overrides) => {
    const before = await call(coach, 'GET', '/v1/employers?limit=100');
    const response = await call(coach, 'POST', '/v1/employers', {
      body: { ...employerBody(), ...overrides },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    const after = await call(coach, 'GET', '/v1/employers?limit=100');
    expect(after.json.items).toHaveLength(before.json.items.length);
  });

  it('rejects unknown fields, malformed JSON and a body over the size limit', async () => {
    const extra = await call(coach, 'POST', '/v1/employers', {
      body: { ...employerBody(), status: 'active' },
    });
    expect(extra.status).toBe(400);
    const malformed = await call(coach, 'POST', '/v1/employers', {
      rawBody: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toBe('application/problem+json');
    const huge = await call(coach, 'POST', '/v1/employers', {
      body: { ...employerBody(), name: 'x'.repeat(70_000) },
    });
    expect(huge.status).toBe(413);
  });
});

describe('authentication and roles', () => {
  it('answers 401 without a token, with a forged token and with an expired token', async () => {
    expect((await call(undefined, 'GET', '/v1/employers')).status).toBe(401);
    const forged = { ...coach, token: `${coach.token.slice(0, -4)}AAAA` };
    expect((await call(forged, 'GET', '/v1/employers')).status).toBe(401);
    const expired = { ...coach, token: await expiredToken(tenant) };
    const response = await call(expired, 'GET', '/v1/employers');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers 403 when an employer tries to verify', async () => {
    const employer = await activeEmployer(coach);
    expect((await call(employerUser, 'POST', `/v1/employers/${employer.id}/verify`)).status).toBe(403);
  });
});

describe('GET and PATCH /v1/employers/{id}', () => {
  it('hides another tenant’s and another employer’s records behind 404', async () => {
    const employer = await activeEmployer(coach);
    const foreignCoach = await caller(newTenant(), 'coach');
    expect((await call(foreignCoach, 'GET', `/v1/employers/${employer.id}`)).status).toBe(404);
    const otherEmployerUser = await caller(tenant, 'employer');
    await call(otherEmployerUser, 'POST', '/v1/employers', { body: employerBody() });
    expect((await call(otherEmployerUser, 'GET', `/v1/employers/${employer.id}`)).status).toBe(404);
    expect(
      (await call(otherEmployerUser, 'PATCH', `/v1/employers/${employer.id}`, { body: { name: 'Annat AB' } }))
        .status,
    ).toBe(404);
  });

  it('needs If-Match: 428 without, 412 when stale, 200 with the current ETag', async () => {
    const employer = await activeEmployer(coach);
    const path = `/v1/employers/${employer.id}`;
    const read = await call(coach, 'GET', path);
    expect(read.headers.get('etag')).toBe('"v1"');

    expect((await call(coach, 'PATCH', path, { body: { name: 'Nytt namn AB' } })).status).toBe(428);
    const updated = await call(coach, 'PATCH', path, {
      body: { name: 'Nytt namn AB' },
      headers: { 'if-match': '"v1"' },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ name: 'Nytt namn AB', version: 2 });
    expect(updated.headers.get('etag')).toBe('"v2"');

    const stale = await call(coach, 'PATCH', path, {
      body: { name: 'Gammalt AB' },
      headers: { 'if-match': '"v1"' },
    });
    expect(stale.status).toBe(412);
    expect((await call(coach, 'GET', path)).json.name).toBe('Nytt namn AB');
  });

  it('validates the patch and refuses to change the org number', async () => {
    const employer = await activeEmployer(coach);
    const path = `/v1/employers/${employer.id}`;
    const response = await call(coach, 'PATCH', path, {
      body: { orgNumber: '556677-8899' },
      headers: { 'if-match': '"v1"' },
    });
    expect(response.status).toBe(400);
    const badId = await call(coach, 'GET', '/v1/employers/not-an-id');
    expect(badId.status).toBe(400);
    expect(badId.json.errors[0].field).toBe('param.id');
  });

  it('lets a coach pause an employer but not the employer itself', async () => {
    const owner = await caller(tenant, 'employer');
    const own = await call(owner, 'POST', '/v1/employers', { body: employerBody() });
    const verified = await call(coach, 'POST', `/v1/employers/${own.json.id}/verify`);
    const byOwner = await call(owner, 'PATCH', `/v1/employers/${own.json.id}`, {
      body: { status: 'paused' },
      headers: { 'if-match': verified.headers.get('etag')! },
    });
    expect(byOwner.status).toBe(403);

    const employer = await activeEmployer(coach);
    const paused = await call(coach, 'PATCH', `/v1/employers/${employer.id}`, {
      body: { status: 'paused' },
      headers: { 'if-match': '"v1"' },
    });
    expect(paused.json.status).toBe('paused');
    const listed = await call(coach, 'GET', '/v1/employers?status=paused&limit=100');
    expect(listed.json.items.map((e: { id: string }) => e.id)).toContain(employer.id);
  });
});

describe('verification', () => {
  it('moves a pending employer to active and lists pending employers first', async () => {
    const applicant = await caller(tenant, 'employer');
    const registered = await call(applicant, 'POST', '/v1/employers', {
      body: employerBody({ name: 'Öppna Dörren AB' }),
    });
    const list = await call(coach, 'GET', '/v1/employers?limit=100');
    const statuses = list.json.items.map((e: { status: string }) => e.status);
    expect(statuses.indexOf('active')).toBeGreaterThan(statuses.lastIndexOf('pending'));

    const pending = await call(coach, 'GET', '/v1/employers?status=pending&limit=100');
    expect(pending.json.items.map((e: { id: string }) => e.id)).toContain(registered.json.id);

    const verified = await call(coach, 'POST', `/v1/employers/${registered.json.id}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.json).toMatchObject({ status: 'active', verifiedBy: coach.userId, version: 2 });
    expect((await call(coach, 'POST', `/v1/employers/${registered.json.id}/verify`)).status).toBe(409);
    expect((await call(applicant, 'GET', '/v1/employers')).json.items[0].status).toBe('active');
  });
});
