import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documents, tableName } from '#shared/db/client';
import { keys } from '#shared/db/keys';
import { swedishDate } from '#shared/domain/calendar';
import type { ParticipantCreate } from '#shared/schemas/participant';
import type { PlacementCreate } from '#shared/schemas/placement';
import {
  type Caller,
  call,
  newTenant,
  participantBody,
  placementBody,
  verifiedEmployer,
} from './support/harness.ts';

// Placement kinds and the stages that may start them (shared/domain/placement-kind.ts):
// matching leaves out a participant who could not start the placement, with the reason;
// proposing or accepting such a pair is refused with a code; a start moves the stage.

const tenant = newTenant();
let coach: Caller;
let employerUser: Caller;
let employerId: string;

beforeAll(async () => {
  ({ coach, employerUser, employerId } = await verifiedEmployer(tenant));
});

async function placement(overrides: Partial<PlacementCreate>) {
  const created = await call(employerUser, 'POST', `/v1/employers/${employerId}/placements`, {
    body: placementBody({ status: 'open', ...overrides }),
  });
  expect(created.status, created.text).toBe(201);
  return created.json as { id: string; kind: string; version: number };
}

async function participant(stage: ParticipantCreate['stage']) {
  const created = await call(coach, 'POST', '/v1/participants', { body: participantBody({ stage }) });
  expect(created.status, created.text).toBe(201);
  return created.json as { id: string };
}

// In Swedish: the tests read the refusals' words.
const propose = (participantId: string, placementId: string) =>
  call(coach, 'POST', '/v1/matches', {
    body: { participantId, placementId, consentToShare: false },
    headers: { 'accept-language': 'sv' },
  });

const patchMatch = (who: Caller, id: string, version: number, body: Record<string, unknown>) =>
  call(who, 'PATCH', `/v1/matches/${id}`, { body, headers: { 'if-match': `"v${version}"` } });

const problemCode = (response: { json: { type?: string } }) => response.json.type?.split('/').at(-1);

const stageReason = {
  constraint: 'stage',
  sv: expect.stringContaining('Ditt steg just nu är'),
  en: expect.stringContaining('Your stage now is'),
};

describe('a placement’s kind', () => {
  it('is learning_placement when none is given, and for a placement stored before kinds existed', async () => {
    const created = await placement({ kind: undefined });
    expect(created.kind).toBe('learning_placement');
    const group = await placement({ kind: 'company_group' });
    expect(group.kind).toBe('company_group');
    // An item written before placements had a kind.
    await documents().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.placement(tenant, group.id),
        UpdateExpression: 'REMOVE #kind',
        ExpressionAttributeNames: { '#kind': 'kind' },
      }),
    );
    const read = await call(coach, 'GET', `/v1/placements/${group.id}`);
    expect(read.json.kind).toBe('learning_placement');
    const listed = await call(coach, 'GET', `/v1/placements?status=open`);
    expect(listed.json.items.find((item: { id: string }) => item.id === group.id).kind).toBe(
      'learning_placement',
    );
    // And a seat on it is taken as on a learning placement.
    const person = await participant('prework');
    const proposal = await propose(person.id, group.id);
    expect(proposal.status, proposal.text).toBe(201);
    const accepted = await patchMatch(employerUser, proposal.json.id, 1, { status: 'accepted' });
    expect(accepted.status, accepted.text).toBe(200);
  });

  it('cannot change while a seat is taken (422 placement.kind_locked), and can before', async () => {
    const group = await placement({ kind: 'company_group', seats: 2 });
    const person = await participant('group_activity');
    const proposal = await propose(person.id, group.id);
    expect(proposal.status, proposal.text).toBe(201);
    expect((await patchMatch(employerUser, proposal.json.id, 1, { status: 'accepted' })).status).toBe(200);
    const read = await call(coach, 'GET', `/v1/placements/${group.id}`);
    const changed = await call(coach, 'PATCH', `/v1/placements/${group.id}`, {
      body: { kind: 'learning_placement' },
      headers: { 'if-match': read.headers.get('etag')! },
    });
    expect(changed.status).toBe(422);
    expect(problemCode(changed)).toBe('placement.kind_locked');
    expect(changed.json.errors[0]).toMatchObject({ field: 'kind' });

    const free = await placement({ kind: 'learning_placement' });
    const freeChange = await call(coach, 'PATCH', `/v1/placements/${free.id}`, {
      body: { kind: 'individual_placement' },
      headers: { 'if-match': `"v${free.version}"` },
    });
    expect(freeChange.status, freeChange.text).toBe(200);
    expect(freeChange.json.kind).toBe('individual_placement');
  });
});

describe('matching by stage', () => {
  let inGroup: { id: string };
  let inPrework: { id: string };
  let companyGroup: { id: string };
  let learning: { id: string };

  beforeAll(async () => {
    companyGroup = await placement({ kind: 'company_group', sector: 'second_hand', seats: 3 });
    learning = await placement({ kind: 'learning_placement', sector: 'second_hand', seats: 3 });
    inGroup = await participant('group_activity');
    inPrework = await participant('prework');
  });

  it('leaves a placement out of a participant’s ranking, with the reason, when their stage cannot start it', async () => {
    const ranking = await call(
      coach,
      'GET',
      `/v1/participants/${inGroup.id}/matches?includeExcluded=true&limit=500`,
    );
    expect(ranking.status).toBe(200);
    const rankedIds = ranking.json.items.map((item: { placement: { id: string } }) => item.placement.id);
    expect(rankedIds).toContain(companyGroup.id);
    expect(rankedIds).not.toContain(learning.id);
    const excluded = ranking.json.excluded.find(
      (item: { placement: { id: string } }) => item.placement.id === learning.id,
    );
    expect(excluded.reasons).toEqual([
      {
        constraint: 'stage',
        sv: 'Platsen är en lärandeplats, som passar den som är i förarbete eller lärandeplats. Ditt steg just nu är gruppverksamhet.',
        en: 'The placement is a learning placement, for people in prework or learning placement. Your stage now is group activity.',
      },
    ]);
  });

  it('leaves a participant out of a placement’s candidates, with the reason', async () => {
    const candidates = await call(
      coach,
      'GET',
      `/v1/placements/${companyGroup.id}/candidates?includeExcluded=true&limit=500`,
    );
    expect(candidates.status).toBe(200);
    const rankedIds = candidates.json.items.map(
      (item: { participant: { id: string } }) => item.participant.id,
    );
    expect(rankedIds).toContain(inGroup.id);
    expect(rankedIds).not.toContain(inPrework.id);
    const excluded = candidates.json.excluded.find(
      (item: { participant: { id: string } }) => item.participant.id === inPrework.id,
    );
    expect(excluded.reasons).toEqual([stageReason]);
  });

  it('never pairs a participant in the batch with a placement their stage cannot start', async () => {
    const batch = await call(coach, 'POST', '/v1/matching/batch', {
      body: {
        threshold: 0,
        participantIds: [inGroup.id, inPrework.id],
        placementIds: [companyGroup.id, learning.id],
      },
    });
    expect(batch.status, batch.text).toBe(200);
    const pairs = batch.json.pairs.map((pair: { participantId: string; placementId: string }) => [
      pair.participantId,
      pair.placementId,
    ]);
    expect(pairs).toHaveLength(2);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [inGroup.id, companyGroup.id],
        [inPrework.id, learning.id],
      ]),
    );
    // Only the learning placement is left: the participant in group activity stays unassigned.
    const onlyLearning = await call(coach, 'POST', '/v1/matching/batch', {
      body: { threshold: 0, participantIds: [inGroup.id], placementIds: [learning.id] },
    });
    expect(onlyLearning.json.pairs).toEqual([]);
    expect(onlyLearning.json.unassignedParticipantIds).toEqual([inGroup.id]);
  });
});

describe('proposing, accepting and starting by stage', () => {
  it('refuses to propose a participant for a kind their stage cannot start (422 match.stage_not_eligible), storing nothing', async () => {
    const learning = await placement({ kind: 'learning_placement' });
    const person = await participant('group_activity');
    const refused = await propose(person.id, learning.id);
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(problemCode(refused)).toBe('match.stage_not_eligible');
    expect(refused.json.errors).toEqual([
      {
        field: 'participantId',
        message:
          'Deltagaren är i steget gruppverksamhet och kan inte börja på en lärandeplats. Det kan den som är i förarbete eller lärandeplats.',
      },
    ]);
    const stored = await call(coach, 'GET', `/v1/matches?participantId=${person.id}`);
    expect(stored.json.items).toEqual([]);
  });

  it('refuses an acceptance when the participant’s stage changed and cannot start the kind any more, taking no seat', async () => {
    const learning = await placement({ kind: 'learning_placement', seats: 1 });
    const person = await participant('prework');
    const proposal = await propose(person.id, learning.id);
    expect(proposal.status, proposal.text).toBe(201);
    // A step back to an individual placement after the proposal.
    const back = await call(coach, 'POST', `/v1/participants/${person.id}/transitions`, {
      body: { to: 'individual_placement', date: swedishDate(new Date()) },
    });
    expect(back.status, back.text).toBe(201);
    const accepted = await patchMatch(employerUser, proposal.json.id, 1, { status: 'accepted' });
    expect(accepted.status).toBe(422);
    expect(problemCode(accepted)).toBe('match.stage_not_eligible');
    expect(accepted.json.errors[0]).toMatchObject({ field: 'status' });
    const seat = await call(coach, 'GET', `/v1/placements/${learning.id}`);
    expect(seat.json.seatsTaken).toBe(0);
    const match = await call(coach, 'GET', `/v1/matches/${proposal.json.id}`);
    expect(match.json.status).toBe('proposed');
  });

  it('starts a participant in group activity in a company group without moving them, and on an individual placement moves them there', async () => {
    const stageOf = async (id: string) => (await call(coach, 'GET', `/v1/participants/${id}`)).json.stage;
    const today = swedishDate(new Date());
    const run = async (kind: 'company_group' | 'individual_placement') => {
      const place = await placement({ kind });
      const person = await participant('group_activity');
      const proposal = await propose(person.id, place.id);
      expect(proposal.status, proposal.text).toBe(201);
      const accepted = await patchMatch(employerUser, proposal.json.id, 1, { status: 'accepted' });
      expect(accepted.status, accepted.text).toBe(200);
      const started = await patchMatch(coach, proposal.json.id, 2, { status: 'started', startDate: today });
      expect(started.status, started.text).toBe(200);
      return person.id;
    };
    const grouped = await run('company_group');
    expect(await stageOf(grouped)).toBe('group_activity');
    const individual = await run('individual_placement');
    expect(await stageOf(individual)).toBe('individual_placement');
    const timeline = await call(coach, 'GET', `/v1/participants/${individual}/transitions`);
    expect(timeline.json.items.map((step: { to: string }) => step.to)).toContain('individual_placement');
  });
});
