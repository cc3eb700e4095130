import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { documents, tableName } from '#shared/db/client';
import { itemOf } from '#shared/db/model';
import { employerModel, getEmployer } from '#shared/db/repositories/employers';
import { foldPausedEmployers, getPausedEmployers } from '#shared/db/repositories/paused-employers';
import { DynamoMeter } from '../bench/dynamo-meter.ts';
import {
  activeEmployer,
  type Caller,
  call,
  caller,
  newTenant,
  participantBody,
  placementBody,
} from './support/harness.ts';

// Issue 14: the tenant's paused employers are one set beside the tenant, changed in the
// employer's status transaction and read with the participant and the tenant, so a
// participant's matches take two read calls (docs/data-model.md, pattern 81).

const meter = new DynamoMeter();
meter.attach(documents());

interface World {
  tenant: string;
  coach: Caller;
  participantId: string;
}

async function world(): Promise<World> {
  const tenant = newTenant();
  const coach = await caller(tenant, 'coach');
  const created = await call(coach, 'POST', '/v1/participants', { body: participantBody() });
  expect(created.status).toBe(201);
  return { tenant, coach, participantId: created.json.id };
}

/** An active employer with one open placement. */
async function employerWithPlacement(coach: Caller) {
  const employer = await activeEmployer(coach);
  const placement = await call(coach, 'POST', `/v1/employers/${employer.id}/placements`, {
    body: placementBody({ status: 'open' }),
  });
  expect(placement.status).toBe(201);
  return { employerId: employer.id, placementId: placement.json.id as string };
}

async function setStatus(coach: Caller, employerId: string, status: 'paused' | 'active', ifMatch = '*') {
  return call(coach, 'PATCH', `/v1/employers/${employerId}`, {
    body: { status },
    headers: { 'if-match': ifMatch },
  });
}

async function rankedPlacementIds({ coach, participantId }: World): Promise<string[]> {
  const ranked = await call(
    coach,
    'GET',
    `/v1/participants/${participantId}/matches?limit=500&includeExcluded=true`,
  );
  expect(ranked.status).toBe(200);
  return [...ranked.json.items, ...ranked.json.excluded].map(
    (item: { placement: { id: string } }) => item.placement.id,
  );
}

async function batchPlacementIds({ coach }: World): Promise<string[]> {
  const suggestion = await call(coach, 'POST', '/v1/matching/batch', { body: { threshold: 0 } });
  expect(suggestion.status).toBe(200);
  return suggestion.json.pairs.map((pair: { placementId: string }) => pair.placementId);
}

describe('pausing and resuming an employer', () => {
  let w: World;
  let employerId: string;
  let placementId: string;

  beforeAll(async () => {
    w = await world();
    ({ employerId, placementId } = await employerWithPlacement(w.coach));
  });

  it('takes its placements out of every ranking while paused and brings them back on resume', async () => {
    expect(await rankedPlacementIds(w)).toContain(placementId);

    expect((await setStatus(w.coach, employerId, 'paused')).status).toBe(200);
    expect(await rankedPlacementIds(w)).not.toContain(placementId);
    expect(await batchPlacementIds(w)).not.toContain(placementId);
    const candidates = await call(w.coach, 'GET', `/v1/placements/${placementId}/candidates`);
    expect(candidates.status).toBe(409);
    expect(candidates.json.type).toMatch(/employer\.not_active$/);
    expect((await getPausedEmployers(w.tenant)).employerIds).toEqual(new Set([employerId]));

    expect((await setStatus(w.coach, employerId, 'active')).status).toBe(200);
    expect(await rankedPlacementIds(w)).toContain(placementId);
    expect(await batchPlacementIds(w)).toContain(placementId);
    expect((await call(w.coach, 'GET', `/v1/placements/${placementId}/candidates`)).status).toBe(200);
    const set = await getPausedEmployers(w.tenant);
    expect(set.employerIds.size).toBe(0);
    expect(set.folded).toBe(true);
  });

  it('leaves the set alone when an employer changes something other than its status', async () => {
    expect((await setStatus(w.coach, employerId, 'paused')).status).toBe(200);
    const renamed = await call(w.coach, 'PATCH', `/v1/employers/${employerId}`, {
      body: { name: 'Nytt namn AB' },
      headers: { 'if-match': '*' },
    });
    expect(renamed.status).toBe(200);
    expect((await getPausedEmployers(w.tenant)).employerIds).toEqual(new Set([employerId]));
    expect(await rankedPlacementIds(w)).not.toContain(placementId);
    expect((await setStatus(w.coach, employerId, 'active')).status).toBe(200);
  });
});

describe('an employer paused before the set existed', () => {
  it('stays out of matching, is folded into the set once, and comes back on resume', async () => {
    const w = await world();
    const { employerId, placementId } = await employerWithPlacement(w.coach);
    const { placementId: otherPlacementId } = await employerWithPlacement(w.coach);
    // The old shape: the employer item says paused, and no set item exists.
    const stored = await getEmployer(w.tenant, employerId);
    await documents().send(
      new PutCommand({
        TableName: tableName(),
        Item: itemOf(employerModel, { ...stored!, status: 'paused', version: stored!.version + 1 }),
      }),
    );
    expect(await getPausedEmployers(w.tenant)).toEqual({ employerIds: new Set(), folded: false });

    const ranked = await rankedPlacementIds(w);
    expect(ranked).not.toContain(placementId);
    expect(ranked).toContain(otherPlacementId);
    expect(await getPausedEmployers(w.tenant)).toEqual({ employerIds: new Set([employerId]), folded: true });
    expect(await rankedPlacementIds(w)).not.toContain(placementId);

    expect((await setStatus(w.coach, employerId, 'active')).status).toBe(200);
    expect(await rankedPlacementIds(w)).toContain(placementId);
    expect((await getPausedEmployers(w.tenant)).employerIds.size).toBe(0);
  });

  it('is also left out of candidates and batch suggestions before any participant was ranked', async () => {
    const w = await world();
    const { employerId, placementId } = await employerWithPlacement(w.coach);
    const stored = await getEmployer(w.tenant, employerId);
    await documents().send(
      new PutCommand({
        TableName: tableName(),
        Item: itemOf(employerModel, { ...stored!, status: 'paused', version: stored!.version + 1 }),
      }),
    );
    expect(await batchPlacementIds(w)).not.toContain(placementId);
    expect((await call(w.coach, 'GET', `/v1/placements/${placementId}/candidates`)).status).toBe(409);
    expect((await getPausedEmployers(w.tenant)).employerIds).toEqual(new Set([employerId]));
  });

  it('is not folded in when the employer is no longer paused (an index entry that lags a resume)', async () => {
    const w = await world();
    const { employerId } = await employerWithPlacement(w.coach);
    expect(await foldPausedEmployers(w.tenant, [employerId])).toBe(false);
    expect(await getPausedEmployers(w.tenant)).toEqual({ employerIds: new Set(), folded: false });
  });
});

describe('pause and resume at the same time', () => {
  it('leave the set agreeing with the employer status, round after round', async () => {
    const w = await world();
    const { employerId, placementId } = await employerWithPlacement(w.coach);
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all(
        ['paused', 'active', 'paused', 'active', 'paused', 'active'].map((status) =>
          setStatus(w.coach, employerId, status as 'paused' | 'active'),
        ),
      );
      // Each either wins or loses to a concurrent change with the optimistic-lock answer.
      for (const answer of answers) expect([200, 412]).toContain(answer.status);
      const employer = await getEmployer(w.tenant, employerId);
      const set = await getPausedEmployers(w.tenant);
      expect(set.employerIds.has(employerId)).toBe(employer!.status === 'paused');
      expect((await rankedPlacementIds(w)).includes(placementId)).toBe(employer!.status === 'active');
    }
  });
});

describe("a participant's matches", () => {
  it('take two read calls and the audit write, for a tenant with a paused employer', async () => {
    const w = await world();
    const { employerId, placementId } = await employerWithPlacement(w.coach);
    await employerWithPlacement(w.coach);
    expect((await setStatus(w.coach, employerId, 'paused')).status).toBe(200);

    // The first ranking of the tenant folds the set once: the status index and one transaction.
    const folding = await meter.during(() => rankedPlacementIds(w));
    expect(folding.calls.map((c) => c.operation)).toContain('TransactWriteItemsCommand');

    const { result, calls } = await meter.during(() => rankedPlacementIds(w));
    expect(result).not.toContain(placementId);
    expect(result).toHaveLength(1);
    const reads = calls.filter((c) => c.read).map((c) => c.operation);
    const writes = calls.filter((c) => !c.read).map((c) => c.operation);
    expect(reads).toEqual(['BatchGetItemCommand', 'QueryCommand']);
    expect(writes).toEqual(['PutItemCommand']);
  });
});
