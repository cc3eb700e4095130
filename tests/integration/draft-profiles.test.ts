import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  call,
  caller,
  employerBody,
  newTenant,
  participantBody,
  placementBody,
} from './support/harness.ts';

// Item 8 of the coach-led workflow: a new participant needs only name, birth year,
// gender, support level and a first interest; matching waits for home and days.

const tenant = newTenant();
let coach: Caller;
let admin: Caller;
let placementId: string;

const draftBody = {
  firstName: 'Sam',
  lastName: 'Berg',
  birthYear: 1995,
  gender: 'man',
  supportLevel: 2,
  interests: ['logistics'],
};

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  admin = await caller(tenant, 'admin');
  const employer = (await call(coach, 'POST', '/v1/employers', { body: employerBody() })).json;
  placementId = (
    await call(coach, 'POST', `/v1/employers/${employer.id}/placements`, {
      body: placementBody({ status: 'open', kind: 'learning_placement' }),
    })
  ).json.id;
});

describe('a draft profile', () => {
  it('is saved from the five things a coach knows first, with neutral defaults and the caller as coach', async () => {
    const created = await call(coach, 'POST', '/v1/participants', { body: draftBody });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      ...draftBody,
      coachId: coach.userId,
      stage: 'group_activity',
      preferredTasks: [],
      environmentNeeds: [],
      capabilities: [],
      consent: { sharedSummary: false },
      maxTravelMinutes: 45,
    });
    expect(created.json).not.toHaveProperty('home');
    expect(created.json).not.toHaveProperty('availability');
  });

  it('takes its travel time from the municipality’s setting, unless the coach gives one', async () => {
    const settings = await call(admin, 'GET', '/v1/tenant');
    expect(settings.json.defaultTravelMinutes).toBe(45);
    const changed = await call(admin, 'PATCH', '/v1/tenant', {
      body: { defaultTravelMinutes: 30 },
      headers: { 'if-match': settings.headers.get('etag') ?? '' },
    });
    expect(changed.status).toBe(200);
    expect(changed.json.defaultTravelMinutes).toBe(30);

    const byDefault = await call(coach, 'POST', '/v1/participants', { body: draftBody });
    expect(byDefault.json.maxTravelMinutes).toBe(30);
    const given = await call(coach, 'POST', '/v1/participants', {
      body: { ...draftBody, maxTravelMinutes: 70 },
    });
    expect(given.json.maxTravelMinutes).toBe(70);

    const tooLong = await call(admin, 'PATCH', '/v1/tenant', {
      body: { defaultTravelMinutes: 500 },
      headers: { 'if-match': changed.headers.get('etag') ?? '' },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.errors[0].field).toBe('defaultTravelMinutes');
  });

  it('still needs a first interest, and a half-filled home or schedule is named', async () => {
    const noInterest = await call(coach, 'POST', '/v1/participants', {
      body: { ...draftBody, interests: [] },
    });
    expect(noInterest.status).toBe(400);
    expect(noInterest.json.errors.map((error: { field: string }) => error.field)).toEqual(['interests']);
    const halfHome = await call(coach, 'POST', '/v1/participants', {
      body: { ...draftBody, home: { postcode: '21122' } },
    });
    expect(halfHome.status).toBe(400);
    expect(halfHome.json.errors.map((error: { field: string }) => error.field)).toEqual(['home.area']);
  });

  it('is left out of matching with a reason that says what to fill in, until home and days are added', async () => {
    const draft = (
      await call(coach, 'POST', '/v1/participants', { body: { ...draftBody, stage: 'prework' } })
    ).json;
    const ranked = await call(coach, 'GET', `/v1/participants/${draft.id}/matches?includeExcluded=true`, {
      headers: { 'accept-language': 'sv' },
    });
    expect(ranked.json.items).toEqual([]);
    const excluded = ranked.json.excluded.find(
      (entry: { placement: { id: string } }) => entry.placement.id === placementId,
    );
    expect(excluded.reasons).toEqual([
      expect.objectContaining({ constraint: 'profile', sv: expect.stringContaining('var hen bor') }),
    ]);

    const candidates = await call(
      coach,
      'GET',
      `/v1/placements/${placementId}/candidates?includeExcluded=true`,
    );
    expect(
      candidates.json.items.map((item: { participant: { id: string } }) => item.participant.id),
    ).not.toContain(draft.id);
    expect(
      candidates.json.excluded.map((entry: { participant: { id: string } }) => entry.participant.id),
    ).toContain(draft.id);
    const proposal = await call(coach, 'POST', '/v1/matches', {
      body: { participantId: draft.id, placementId, consentToShare: false },
    });
    expect(proposal.status).toBe(422);
    expect(proposal.json.type).toMatch(/match.does_not_fit$/);
    expect(proposal.json.errors[0].field).toBe('placementId');
    const batch = await call(coach, 'POST', '/v1/matching/batch', { body: { threshold: 0 } });
    expect(batch.json.pairs.map((pair: { participantId: string }) => pair.participantId)).not.toContain(
      draft.id,
    );

    const completed = await call(coach, 'PATCH', `/v1/participants/${draft.id}`, {
      body: {
        home: participantBody().home,
        availability: participantBody().availability,
      },
      headers: { 'if-match': '"v1"' },
    });
    expect(completed.status).toBe(200);
    const now = await call(coach, 'GET', `/v1/participants/${draft.id}/matches`);
    expect(now.json.items.map((item: { placement: { id: string } }) => item.placement.id)).toContain(
      placementId,
    );
  });
});
