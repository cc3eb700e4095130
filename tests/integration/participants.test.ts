import { beforeAll, describe, expect, it } from 'vitest';
import { swedishDate } from '#shared/domain/calendar';
import { type Caller, call, caller, newTenant, participantBody } from './support/harness.ts';

const tenant = newTenant();
let coach: Caller;
let admin: Caller;

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  admin = await caller(tenant, 'admin');
});

const create = (overrides = {}) =>
  call(coach, 'POST', '/v1/participants', { body: participantBody(overrides) });

describe('participant profiles', () => {
  it('creates a profile with its first transition, and only staff may see it', async () => {
    const created = await create();
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ stage: 'prework', version: 1, tenant });
    expect(created.headers.get('location')).toBe(`/v1/participants/${created.json.id}`);

    const timeline = await call(coach, 'GET', `/v1/participants/${created.json.id}/transitions`);
    expect(timeline.json.items).toEqual([
      expect.objectContaining({ from: null, to: 'prework', createdBy: coach.userId }),
    ]);

    const employer = await caller(tenant, 'employer');
    expect((await call(employer, 'GET', `/v1/participants/${created.json.id}`)).status).toBe(403);
    expect((await call(employer, 'GET', '/v1/participants')).status).toBe(403);
    const foreign = await caller(newTenant(), 'coach');
    expect((await call(foreign, 'GET', `/v1/participants/${created.json.id}`)).status).toBe(404);
  });

  it.each([
    ['gender', { gender: 'female' }],
    ['interests', { interests: ['retail', 'retail'] }],
    ['supportLevel', { supportLevel: 0 }],
    ['maxTravelMinutes', { maxTravelMinutes: 500 }],
    ['home.postcode', { home: { postcode: 'abc', area: 'C' } }],
    ['stage', { stage: 'employed' }],
    ['personnummer', { personnummer: '19900101-1234' }],
  ])('answers 400 naming %s', async (field, overrides) => {
    const response = await create(overrides);
    expect(response.status).toBe(400);
    const fields = response.json.errors.map(
      (e: { field: string; message: string }) => `${e.field} ${e.message}`,
    );
    expect(fields.join('\n')).toContain(field);
  });

  it('lists by stage and by coach', async () => {
    // A coach is on the staff list once they have used Bryggan.
    await call(await caller(tenant, 'coach', 'coach-lists'), 'GET', '/v1/users');
    const mine = await create({ coachId: 'coach-lists', stage: 'group_activity' });
    await create({ coachId: 'coach-lists', stage: 'prework' });
    const byCoach = await call(coach, 'GET', '/v1/participants?coachId=coach-lists');
    expect(byCoach.json.items).toHaveLength(2);
    const byCoachAndStage = await call(
      coach,
      'GET',
      '/v1/participants?coachId=coach-lists&stage=group_activity',
    );
    expect(byCoachAndStage.json.items.map((p: { id: string }) => p.id)).toEqual([mine.json.id]);
    const byStage = await call(coach, 'GET', '/v1/participants?stage=group_activity&limit=100');
    for (const participant of byStage.json.items) expect(participant.stage).toBe('group_activity');
  });

  it('takes the caller as the coach by default, and refuses a coach who is not on the tenant’s staff', async () => {
    const created = await create({});
    expect(created.json.coachId).toBe(coach.userId);
    const typed = await call(coach, 'POST', '/v1/participants', {
      body: participantBody({ coachId: 'kajsa' }),
    });
    expect(typed.status).toBe(400);
    expect(typed.json.type).toMatch(/participant\.coach_unknown$/);
    expect(typed.json.errors[0].field).toBe('coachId');
    // Another tenant's coach is not this tenant's staff either.
    const elsewhere = await caller(newTenant(), 'coach');
    await call(elsewhere, 'GET', '/v1/users');
    const foreign = await call(coach, 'PATCH', `/v1/participants/${created.json.id}`, {
      body: { coachId: elsewhere.userId },
      headers: { 'if-match': created.headers.get('etag') ?? '' },
    });
    expect(foreign.status).toBe(400);
  });

  it('lists the tenant’s coaches to pick from, and only them', async () => {
    await call(admin, 'GET', '/v1/users');
    const coaches = await call(coach, 'GET', '/v1/users?role=coach&limit=100');
    const ids = coaches.json.items.map((member: { userId: string }) => member.userId);
    expect(ids).toContain(coach.userId);
    expect(ids).not.toContain(admin.userId);
    for (const member of coaches.json.items) expect(member).toMatchObject({ tenant, role: 'coach' });
    const everyone = await call(coach, 'GET', '/v1/users?limit=100');
    expect(everyone.json.items.map((member: { userId: string }) => member.userId)).toContain(admin.userId);
  });

  it('patches under If-Match but never the stage', async () => {
    const created = await create();
    const path = `/v1/participants/${created.json.id}`;
    expect((await call(coach, 'PATCH', path, { body: { supportLevel: 3 } })).status).toBe(428);
    const patched = await call(coach, 'PATCH', path, {
      body: { supportLevel: 3 },
      headers: { 'if-match': '"v1"' },
    });
    expect(patched.json).toMatchObject({ supportLevel: 3, version: 2 });
    const stage = await call(coach, 'PATCH', path, {
      body: { stage: 'employed' },
      headers: { 'if-match': '"v2"' },
    });
    expect(stage.status).toBe(400);
  });
});

describe('pathway transitions', () => {
  it('records allowed steps as a dated timeline and refuses others with a reason', async () => {
    const created = await create({ stage: 'group_activity' });
    const path = `/v1/participants/${created.json.id}/transitions`;
    const today = swedishDate(new Date());

    const skip = await call(coach, 'POST', path, { body: { to: 'learning_placement', date: today } });
    expect(skip.status).toBe(422);
    expect(skip.json.errors[0]).toMatchObject({ field: 'to', message: expect.any(String) });

    const step = await call(coach, 'POST', path, {
      body: { to: 'individual_placement', date: today, note: 'Trivs' },
    });
    expect(step.status).toBe(201);
    expect(step.json.participant).toMatchObject({ stage: 'individual_placement', version: 2 });
    expect(step.json.transition).toMatchObject({
      from: 'group_activity',
      to: 'individual_placement',
      note: 'Trivs',
    });

    const backdated = await call(coach, 'POST', path, { body: { to: 'prework', date: '2020-01-01' } });
    expect(backdated.status).toBe(422);
    expect(backdated.json.errors[0].field).toBe('date');

    const timeline = await call(coach, 'GET', path);
    expect(timeline.json.items.map((t: { to: string }) => t.to)).toEqual([
      'group_activity',
      'individual_placement',
    ]);
  });

  it('lets only one of two racing transitions from the same stage through', async () => {
    const created = await create({ stage: 'prework' });
    const path = `/v1/participants/${created.json.id}/transitions`;
    const today = swedishDate(new Date());
    const [a, b] = await Promise.all([
      call(coach, 'POST', path, { body: { to: 'learning_placement', date: today } }),
      call(coach, 'POST', path, { body: { to: 'individual_placement', date: today } }),
    ]);
    // The loser either lost the write (409) or, if it read after the winner, asked for a step no longer allowed (422).
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(201);
    expect([409, 422]).toContain(statuses[1]);
    const timeline = await call(coach, 'GET', path);
    expect(timeline.json.items).toHaveLength(2);
  });
});

describe('audit log', () => {
  it('records every read of a profile, readable by admins only', async () => {
    const created = await create();
    const id = created.json.id;
    await call(coach, 'GET', `/v1/participants/${id}`);
    await call(coach, 'GET', `/v1/participants/${id}/matches`);
    const listed = await call(coach, 'GET', `/v1/participants?coachId=${created.json.coachId}&limit=100`);
    expect(listed.json.items.map((p: { id: string }) => p.id)).toContain(id);
    const audit = await call(admin, 'GET', `/v1/audit?subjectId=${id}`);
    expect(audit.status).toBe(200);
    expect(audit.json.items.map((e: { action: string }) => e.action)).toEqual([
      'participant.write',
      'participant.read',
      'participant.matches.read',
      'participant.list.read',
    ]);
    expect(audit.json.items[1]).toMatchObject({
      actorId: coach.userId,
      actorRole: 'coach',
      subjectId: id,
      tenant,
    });
    expect((await call(coach, 'GET', `/v1/audit?subjectId=${id}`)).status).toBe(403);
    const foreignAdmin = await caller(newTenant(), 'admin');
    expect((await call(foreignAdmin, 'GET', `/v1/audit?subjectId=${id}`)).json.items).toEqual([]);
  });
});
