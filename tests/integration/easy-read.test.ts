import { beforeAll, describe, expect, it } from 'vitest';
import { EasyReadView, PlacementInterestList, PlacementInterestView } from '#shared/schemas/easy-read';
import {
  activeEmployer,
  type Caller,
  call,
  caller,
  newTenant,
  participantBody,
  placementBody,
} from './support/harness.ts';

// The participant's own view (lättläst) and "Jag vill veta mer" (issue 12): what the
// participant's screen receives, and the marks the coach sees on the profile.

const tenant = newTenant();
const otherTenant = newTenant();
let coach: Caller;
let admin: Caller;
let employerUser: Caller;
let otherCoach: Caller;
let participantId: string;
let otherPersonId: string;
let fits: { id: string; version: number };
let second: { id: string; version: number };
let excluded: string;
let draft: string;
let foreignPlacement: string;

async function created(who: Caller, path: string, body: unknown) {
  const response = await call(who, 'POST', path, { body });
  if (response.status !== 201) throw new Error(`setup ${path}: ${response.status} ${response.text}`);
  return response.json as { id: string; version: number };
}

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  admin = await caller(tenant, 'admin');
  employerUser = await caller(tenant, 'employer');
  otherCoach = await caller(otherTenant, 'coach');
  const employer = await activeEmployer(coach, { name: 'Lagret i Centrum AB' });
  const places = `/v1/employers/${employer.id}/placements`;
  fits = await created(coach, places, placementBody({ status: 'open', title: 'Packa paket' }));
  second = await created(
    coach,
    places,
    placementBody({
      status: 'open',
      title: 'Ställa i ordning i butik',
      sector: 'retail',
      tasks: ['shelving'],
    }),
  );
  // The participant has support level 2; this workplace hosts level 1 only: excluded by a hard constraint.
  excluded = (
    await created(coach, places, placementBody({ status: 'open', title: 'Utesluten', maxSupportLevel: 1 }))
  ).id;
  draft = (await created(coach, places, placementBody({ status: 'draft', title: 'Ett utkast' }))).id;
  participantId = (
    await created(coach, '/v1/participants', participantBody({ firstName: 'Alva', lastName: 'Lind' }))
  ).id;
  otherPersonId = (
    await created(coach, '/v1/participants', participantBody({ firstName: 'Zacharias', lastName: 'Hemlig' }))
  ).id;
  const otherEmployer = await activeEmployer(otherCoach);
  foreignPlacement = (
    await created(
      otherCoach,
      `/v1/employers/${otherEmployer.id}/placements`,
      placementBody({ status: 'open' }),
    )
  ).id;
});

/** Every key and every number anywhere in a JSON value. */
function walk(value: unknown, keys: string[] = [], numbers: number[] = []) {
  if (typeof value === 'number') numbers.push(value);
  if (Array.isArray(value)) for (const item of value) walk(item, keys, numbers);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      keys.push(key);
      walk(item, keys, numbers);
    }
  }
  return { keys, numbers };
}

const view = async (who: Caller = coach, id = participantId) =>
  call(who, 'GET', `/v1/participants/${id}/easy-read`);
const mark = (placementId: string, who: Caller = coach, id = participantId) =>
  call(who, 'PUT', `/v1/participants/${id}/interests/${placementId}`);
const unmark = (placementId: string, who: Caller = coach, id = participantId) =>
  call(who, 'DELETE', `/v1/participants/${id}/interests/${placementId}`);
const interests = async () => {
  const response = await call(coach, 'GET', `/v1/participants/${participantId}/interests`);
  expect(response.status).toBe(200);
  return PlacementInterestList.parse(response.json).items;
};

describe('the easy-read view', () => {
  it('shows the placements that fit, best first, in words: no score, no points, no number at all', async () => {
    const response = await view();
    expect(response.status, response.text).toBe(200);
    const body = EasyReadView.parse(response.json);
    expect(body.participant).toEqual({ id: participantId, firstName: 'Alva' });
    const ids = body.items.map((item) => item.placementId);
    expect(ids).toContain(fits.id);
    expect(ids).toContain(second.id);
    // Excluded by a hard constraint, or not open: never on the participant's screen.
    expect(ids).not.toContain(excluded);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(foreignPlacement);
    const { keys, numbers } = walk(response.json);
    for (const key of ['score', 'points', 'maxPoints', 'eligibleCount', 'excluded', 'lastName', 'seats'])
      expect(keys).not.toContain(key);
    expect(numbers).toEqual([]);
    const card = body.items.find((item) => item.placementId === fits.id)!;
    expect(card).toMatchObject({
      title: 'Packa paket',
      employerName: 'Lagret i Centrum AB',
      area: 'Centrum',
      sector: 'logistics',
      tasks: ['packing'],
      interested: false,
    });
    expect(['Passar mycket bra', 'Passar bra', 'Passar delvis', 'Passar inte så bra']).toContain(card.fit.sv);
    expect(card.reasons.length).toBeGreaterThanOrEqual(2);
    expect(card.reasons.length).toBeLessThanOrEqual(3);
    for (const reason of card.reasons) {
      expect(reason.sv).not.toMatch(/poäng|\d+[.,]\d|\bav 100\b/);
      expect(reason.en).not.toMatch(/points|\d+[.,]\d|\bof 100\b/);
    }
    // The fuller placement ranks first: it has the participant's own task.
    expect(ids[0]).toBe(fits.id);
  });

  it('says nothing of any other participant', async () => {
    const response = await view();
    expect(response.text).not.toContain(otherPersonId);
    expect(response.text).not.toContain('Zacharias');
    expect(response.text).not.toContain('Hemlig');
  });

  it('is audited as a read of the participant', async () => {
    await view();
    const audit = await call(admin, 'GET', `/v1/audit?subjectId=${participantId}`);
    const actions = (audit.json.items as { action: string }[]).map((entry) => entry.action);
    expect(actions).toContain('participant.easy_read.read');
  });

  it('is for staff of the tenant only: an employer is refused, another tenant’s coach finds nothing', async () => {
    expect((await view(employerUser)).status).toBe(403);
    expect((await view(otherCoach)).status).toBe(404);
    expect((await call(undefined, 'GET', `/v1/participants/${participantId}/easy-read`)).status).toBe(401);
  });
});

describe('"Jag vill veta mer"', () => {
  it('marks interest once, however often it is asked, and the view and the profile list show it', async () => {
    const first = await mark(fits.id);
    expect(first.status, first.text).toBe(200);
    const marked = PlacementInterestView.parse(first.json);
    expect(marked).toMatchObject({
      participantId,
      placementId: fits.id,
      title: 'Packa paket',
      employerName: 'Lagret i Centrum AB',
      markedBy: coach.userId,
      placementState: 'open',
    });
    const again = await mark(fits.id, admin);
    expect(again.status).toBe(200);
    // The first marking stands: same time, same coach.
    expect(PlacementInterestView.parse(again.json).markedAt).toBe(marked.markedAt);
    expect(PlacementInterestView.parse(again.json).markedBy).toBe(coach.userId);
    const listed = await interests();
    expect(listed.map((item) => item.placementId)).toEqual([fits.id]);
    const card = EasyReadView.parse((await view()).json).items.find((item) => item.placementId === fits.id);
    expect(card?.interested).toBe(true);
    const other = EasyReadView.parse((await view()).json).items.find(
      (item) => item.placementId === second.id,
    );
    expect(other?.interested).toBe(false);
  });

  it('can be taken back, and taking it back again changes nothing', async () => {
    await mark(second.id);
    const first = await unmark(second.id);
    expect(first.status).toBe(204);
    expect((await unmark(second.id)).status).toBe(204);
    expect((await interests()).map((item) => item.placementId)).not.toContain(second.id);
    const card = EasyReadView.parse((await view()).json).items.find((item) => item.placementId === second.id);
    expect(card?.interested).toBe(false);
  });

  it('refuses another tenant’s placement, an unknown one and a draft, and writes nothing', async () => {
    const before = await interests();
    const foreign = await mark(foreignPlacement);
    expect(foreign.status).toBe(404);
    expect(foreign.json.type).toMatch(/placement\.not_found$/);
    expect((await mark('01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
    const notOpen = await mark(draft);
    expect(notOpen.status).toBe(409);
    expect(notOpen.json.type).toMatch(/interest\.placement_not_open$/);
    expect(notOpen.json.errors[0].field).toBe('placementId');
    expect(await interests()).toEqual(before);
  });

  it('is refused to an employer and to a coach of another tenant', async () => {
    expect((await mark(fits.id, employerUser)).status).toBe(403);
    expect((await unmark(fits.id, employerUser)).status).toBe(403);
    expect((await mark(fits.id, otherCoach)).status).toBe(404);
    expect((await unmark(fits.id, otherCoach)).status).toBe(404);
    // Another tenant's coach naming its own placement on this tenant's participant: still not found.
    expect((await mark(foreignPlacement, otherCoach)).status).toBe(404);
    expect((await call(employerUser, 'GET', `/v1/participants/${participantId}/interests`)).status).toBe(403);
    expect((await call(otherCoach, 'GET', `/v1/participants/${participantId}/interests`)).status).toBe(404);
    expect((await interests()).map((item) => item.markedBy)).toEqual([coach.userId]);
  });

  it('keeps a mark whose placement closed, and the profile says it is closed', async () => {
    const marked = await mark(second.id);
    expect(marked.status).toBe(200);
    const read = await call(coach, 'GET', `/v1/placements/${second.id}`);
    const closed = await call(coach, 'PATCH', `/v1/placements/${second.id}`, {
      body: { status: 'closed' },
      headers: { 'if-match': read.headers.get('etag') ?? '' },
    });
    expect(closed.status, closed.text).toBe(200);
    const listed = await interests();
    expect(listed.find((item) => item.placementId === second.id)?.placementState).toBe('closed');
    // Newest first.
    expect(listed[0]?.placementId).toBe(second.id);
    // A closed placement leaves the view, and can no longer be marked anew.
    const ids = EasyReadView.parse((await view()).json).items.map((item) => item.placementId);
    expect(ids).not.toContain(second.id);
    await unmark(second.id);
    expect((await mark(second.id)).status).toBe(409);
  });

  it('keeps one participant’s marks out of another’s view and list', async () => {
    const response = await call(coach, 'GET', `/v1/participants/${otherPersonId}/interests`);
    expect(response.status).toBe(200);
    expect(response.json.items).toEqual([]);
    const otherView = EasyReadView.parse((await view(coach, otherPersonId)).json);
    expect(otherView.participant.firstName).toBe('Zacharias');
    expect(otherView.items.every((item) => !item.interested)).toBe(true);
    expect(JSON.stringify(otherView)).not.toContain('Alva');
  });
});
