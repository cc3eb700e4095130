import { beforeAll, describe, expect, it } from 'vitest';
import { EmployerMatch } from '#shared/schemas/match';
import {
  type Caller,
  call,
  caller,
  employerBody,
  newTenant,
  participantBody,
  placementBody,
  verifiedEmployer,
} from './support/harness.ts';
import { deepStrict } from './support/strict.ts';

// The employer learns whom to call about a proposal (the coach who made it, with the
// phone the coach gave), and the menu counts the proposals waiting for an answer.

const tenant = newTenant();
let coach: Caller;
let employerUser: Caller;
let employerId: string;

beforeAll(async () => {
  ({ coach, employerUser, employerId } = await verifiedEmployer(tenant));
});

async function proposal() {
  const placement = await call(employerUser, 'POST', `/v1/employers/${employerId}/placements`, {
    body: placementBody({ status: 'open', seats: 1 }),
  });
  const person = await call(coach, 'POST', '/v1/participants', { body: participantBody() });
  const match = await call(coach, 'POST', '/v1/matches', {
    body: { participantId: person.json.id, placementId: placement.json.id, consentToShare: false },
  });
  expect(match.status, match.text).toBe(201);
  return match.json as { id: string; version: number };
}

const newProposals = async (who: Caller) => {
  const answer = await call(who, 'GET', '/v1/matches/count?status=proposed');
  expect(answer.status, answer.text).toBe(200);
  return answer.json.count as number;
};

describe('the coach an employer calls', () => {
  it('is the coach who proposed, with the phone they gave; without one, the name (and the address when the sign-in gave one)', async () => {
    const given = await call(coach, 'PUT', '/v1/users/me/contact', { body: { phone: '040-123 45 67' } });
    expect(given.status, given.text).toBe(200);
    expect((await call(coach, 'GET', '/v1/users/me')).json).toMatchObject({
      userId: coach.userId,
      phone: '040-123 45 67',
    });
    const { id } = await proposal();

    const one = await call(employerUser, 'GET', `/v1/matches/${id}`);
    // Strict at every level: the contact adds nothing else about the coach.
    expect(deepStrict(EmployerMatch).safeParse(one.json).success).toBe(true);
    expect((one.json as EmployerMatch).coach).toEqual({ name: coach.userId, phone: '040-123 45 67' });
    const listed = (await call(employerUser, 'GET', '/v1/matches?limit=100')).json.items as EmployerMatch[];
    expect(listed.find((match) => match.id === id)?.coach?.phone).toBe('040-123 45 67');

    expect((await call(coach, 'PUT', '/v1/users/me/contact', { body: { phone: null } })).status).toBe(200);
    const without = (await call(employerUser, 'GET', `/v1/matches/${id}`)).json as EmployerMatch;
    expect(without.coach).toEqual({ name: coach.userId });
  });

  it('refuses a phone that is not one, naming the field, and changes nothing', async () => {
    await call(coach, 'PUT', '/v1/users/me/contact', { body: { phone: '040-765 43 21' } });
    const refused = await call(coach, 'PUT', '/v1/users/me/contact', { body: { phone: 'ring mig' } });
    expect(refused.status).toBe(400);
    expect(refused.json.errors.map((e: { field: string }) => e.field)).toEqual(['phone']);
    expect((await call(coach, 'GET', '/v1/users/me')).json.phone).toBe('040-765 43 21');
  });

  it('is not for employers to set', async () => {
    const refused = await call(employerUser, 'PUT', '/v1/users/me/contact', { body: { phone: '040-1' } });
    expect(refused.status).toBe(403);
  });
});

describe('the count of new proposals', () => {
  it('counts the employer’s own proposals waiting for an answer, and drops when one is answered', async () => {
    const before = await newProposals(employerUser);
    const first = await proposal();
    await proposal();
    expect(await newProposals(employerUser)).toBe(before + 2);

    const answered = await call(employerUser, 'PATCH', `/v1/matches/${first.id}`, {
      body: { status: 'accepted' },
      headers: { 'if-match': `"v${first.version}"` },
    });
    expect(answered.status, answered.text).toBe(200);
    expect(await newProposals(employerUser)).toBe(before + 1);
    expect((await call(employerUser, 'GET', '/v1/matches/count?status=accepted')).json.count).toBe(1);
  });

  it('is nothing for another employer, and not a route for staff', async () => {
    const other = await caller(tenant, 'employer');
    await call(other, 'POST', '/v1/employers', { body: employerBody() });
    expect(await newProposals(other)).toBe(0);
    expect((await call(coach, 'GET', '/v1/matches/count')).status).toBe(403);
  });
});
