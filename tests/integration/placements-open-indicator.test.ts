import { beforeAll, describe, expect, it } from 'vitest';
import { createPlacement, getPlacement, savePlacement } from '#shared/db/repositories/placements';
import { swedishDate } from '#shared/domain/calendar';
import { applyPlacementPatch } from '#shared/domain/placement-status';
import type { IndicatorReport } from '#shared/schemas/indicators';
import type { Placement } from '#shared/schemas/placement';
import {
  type Caller,
  call,
  caller,
  changeTenant,
  newTenant,
  placementBody,
  verifiedEmployer,
} from './support/harness.ts';

// "Placements open" in a period counts every placement published (open or full) at some
// time in it, also one closed since: a placement's times of publication are kept (pattern
// 64). The past is written through the repository with its dates; today's change goes
// through the API.

const tenant = newTenant();
let coach: Caller;
let employerUser: Caller;
let employerId: string;
const today = swedishDate(new Date());

const at = (day: string) => new Date(`${day}T10:00:00Z`);

async function publishedOn(day: string): Promise<Placement> {
  const { status: _draft, ...fields } = placementBody();
  return createPlacement(
    tenant,
    { ...fields, status: 'open', employerId, employerName: 'Lagret AB' },
    at(day),
  );
}

async function closeOn(placement: Placement, day: string): Promise<void> {
  const change = applyPlacementPatch(placement, { status: 'closed' }, at(day));
  if (!change.ok) throw new Error(change.code);
  await savePlacement(tenant, change.placement, placement.version, change.endedPublication);
}

const placementsOpen = async (from: string, to: string) => {
  const answer = await call(coach, 'GET', `/v1/reports/indicators?from=${from}&to=${to}`);
  expect(answer.status, answer.text).toBe(200);
  return (answer.json as IndicatorReport).employers;
};

beforeAll(async () => {
  ({ coach, employerUser, employerId } = await verifiedEmployer(tenant));
  await changeTenant(await caller(tenant, 'admin'), { smallCountThreshold: 1 });
  // Published 10 March 2024, closed 20 May 2024, opened again 1 September 2024 and closed
  // for good on 31 January 2025 (two times, the second across a year's end).
  const spring = await publishedOn('2024-03-10');
  await closeOn(spring, '2024-05-20');
  const reopened = applyPlacementPatch(
    (await getPlacement(tenant, spring.id))!,
    { status: 'open' },
    at('2024-09-01'),
  );
  if (!reopened.ok) throw new Error(reopened.code);
  const second = await savePlacement(tenant, reopened.placement, spring.version + 1);
  await closeOn(second, '2025-01-31');
  // Published 15 June 2024 and still open.
  await publishedOn('2024-06-15');
});

describe('placements open in a period', () => {
  it('counts a placement in the periods it was published in, also after it was closed', async () => {
    expect((await placementsOpen('2024-01-01', '2024-03-09')).placementsOpen).toBe(0);
    expect((await placementsOpen('2024-04-01', '2024-04-30')).placementsOpen).toBe(1);
    expect((await placementsOpen('2024-05-21', '2024-06-14')).placementsOpen).toBe(0);
    expect((await placementsOpen('2024-05-01', '2024-06-30')).placementsOpen).toBe(2);
    expect((await placementsOpen('2024-12-01', '2025-01-15')).placementsOpen).toBe(2);
    expect((await placementsOpen('2025-02-01', '2025-02-28')).placementsOpen).toBe(1);
  });

  it('counts each placement once, however many times it was published in the period', async () => {
    const year = await placementsOpen('2024-01-01', '2024-12-31');
    expect(year.placementsOpen).toBe(2);
    expect(year.involved).toBe(1);
  });

  it('counts a placement published and closed today, through the API', async () => {
    const before = (await placementsOpen(today, today)).placementsOpen;
    const created = await call(employerUser, 'POST', `/v1/employers/${employerId}/placements`, {
      body: placementBody({ status: 'open' }),
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json.publishedSince).toBe(today);
    const closed = await call(employerUser, 'PATCH', `/v1/placements/${created.json.id}`, {
      body: { status: 'closed' },
      headers: { 'if-match': `"v${created.json.version}"` },
    });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.json.publishedSince).toBeUndefined();
    expect((await placementsOpen(today, today)).placementsOpen).toBe(before + 1);
  });
});
