import fc from 'fast-check';
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

const tenant = newTenant();
let coach: Caller;
let employerUser: Caller;
const paths: Record<string, string> = {};

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  employerUser = await caller(tenant, 'employer');
  const employer = (await call(employerUser, 'POST', '/v1/employers', { body: employerBody() })).json;
  await call(coach, 'POST', `/v1/employers/${employer.id}/verify`);
  const placement = (
    await call(employerUser, 'POST', `/v1/employers/${employer.id}/placements`, {
      body: placementBody({ status: 'open' }),
    })
  ).json;
  const participant = (await call(coach, 'POST', '/v1/participants', { body: participantBody() })).json;
  const match = (
    await call(coach, 'POST', '/v1/matches', {
      body: { participantId: participant.id, placementId: placement.id, consentToShare: false },
    })
  ).json;
  Object.assign(paths, {
    employer: `/v1/employers/${employer.id}`,
    placement: `/v1/placements/${placement.id}`,
    participant: `/v1/participants/${participant.id}`,
    match: `/v1/matches/${match.id}`,
  });
});

// Arbitrary JSON, and arbitrary objects that reuse the real field names, so
// the fuzzer also reaches the validators' inner branches.
const fieldNames = fc.constantFrom(
  'name',
  'orgNumber',
  'sectors',
  'address',
  'contact',
  'title',
  'sector',
  'tasks',
  'traits',
  'seats',
  'schedule',
  'status',
  'startDate',
  'firstName',
  'interests',
  'supportLevel',
  'consent',
  'to',
  'date',
  'participantId',
  'placementId',
  'consentToShare',
  'outcome',
  'threshold',
  '__proto__',
  'constructor',
);
const body = fc.oneof(fc.jsonValue(), fc.dictionary(fieldNames, fc.jsonValue(), { maxKeys: 8 }));

describe('bad input never produces a server error or a write', () => {
  it('answers every arbitrary body with a 4xx problem', async () => {
    const targets = () => [
      ['POST', '/v1/employers'],
      ['POST', `${paths.employer}/placements`],
      ['PATCH', paths.employer],
      ['PATCH', paths.placement],
      ['POST', '/v1/participants'],
      ['PATCH', paths.participant],
      ['POST', `${paths.participant}/transitions`],
      ['POST', '/v1/matches'],
      ['PATCH', paths.match],
      ['POST', '/v1/matching/batch'],
    ];
    await fc.assert(
      fc.asyncProperty(body, fc.nat({ max: 9 }), async (value, index) => {
        const [method, path] = targets()[index]!;
        const response = await call(coach, method!, path!, { body: value, headers: { 'if-match': '"v0"' } });
        expect(response.status, `${method} ${path} ${JSON.stringify(value)}`).toBeLessThan(500);
        if (response.status >= 400)
          expect(response.headers.get('content-type')).toBe('application/problem+json');
      }),
      { numRuns: 300 },
    );
    // Nothing half-written: with If-Match "v0" no change can apply, and bodies without
    // every required field cannot create.
    expect((await call(coach, 'GET', paths.employer!)).json.version).toBe(2);
    expect((await call(coach, 'GET', paths.placement!)).json.version).toBe(1);
  });

  it('answers odd query strings, ids and headers with 4xx', async () => {
    const odd = [
      '/v1/placements?limit=0',
      '/v1/placements?limit=abc',
      '/v1/placements?cursor=%00%01',
      '/v1/placements?status=open&status=closed',
      '/v1/participants?stage=nope',
      '/v1/matches?participantId=x',
      '/v1/employers/%E2%80%AE',
      `${paths.participant}/matches?includeExcluded=maybe`,
    ];
    for (const path of odd) {
      const response = await call(coach, 'GET', path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
    }
    const wrongType = await call(coach, 'POST', '/v1/employers', {
      rawBody: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status).toBe(415);
  });
});
