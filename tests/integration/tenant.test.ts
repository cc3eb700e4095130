import { beforeAll, describe, expect, it } from 'vitest';
import { defaultWeights, type MatchingWeights } from '#shared/schemas/matching';
import { sectors, taskTraits } from '#shared/schemas/vocabulary';
import {
  activeEmployer,
  type Caller,
  call,
  caller,
  employerBody,
  newTenant,
  participantBody,
  placementBody,
} from './support/harness.ts';

// The tenant's settings (GET/PATCH /v1/tenant) and the vocabulary it serves (GET /v1/vocabulary).

const tenant = newTenant();
let admin: Caller;
let coach: Caller;
let employerUser: Caller;

beforeAll(async () => {
  admin = await caller(tenant, 'admin');
  coach = await caller(tenant, 'coach');
  employerUser = await caller(tenant, 'employer');
});

const readSettings = () => call(admin, 'GET', '/v1/tenant');

/** A change sent with the ETag just read. */
async function changeSettings(body: unknown, who: Caller = admin) {
  const current = await readSettings();
  return call(who, 'PATCH', '/v1/tenant', {
    body,
    headers: { 'if-match': current.headers.get('etag') ?? '' },
  });
}

const weights = (overrides: Partial<MatchingWeights>): MatchingWeights => ({
  interest: 0,
  tasks: 0,
  capabilities: 0,
  environment: 0,
  travel: 0,
  support: 0,
  ...overrides,
});

describe('reading the settings', () => {
  it('shows staff the sectors, the weights and the support after hire in force, with an ETag', async () => {
    for (const who of [admin, coach]) {
      const answer = await call(who, 'GET', '/v1/tenant');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('etag')).toBe(`"v${answer.json.version}"`);
      expect(answer.json.sectors.map((sector: { id: string }) => sector.id)).toEqual(
        expect.arrayContaining([...sectors]),
      );
      expect(answer.json.supportAfterHire).toMatchObject({ months: expect.any(Number) });
    }
    const employer = await call(employerUser, 'GET', '/v1/tenant');
    expect(employer.status).toBe(403);
  });
});

describe('changing the settings', () => {
  it('needs If-Match (428), refuses a stale one (412) and anyone but an admin (403)', async () => {
    const body = { matchingWeights: { ...defaultWeights, tasks: 1 } };
    expect((await call(admin, 'PATCH', '/v1/tenant', { body })).status).toBe(428);
    const stale = await call(admin, 'PATCH', '/v1/tenant', { body, headers: { 'if-match': '"v99"' } });
    expect(stale.status).toBe(412);
    expect((await changeSettings(body, coach)).status).toBe(403);
  });

  it('moves the version on each change, keeps it when nothing changes, and audits each change', async () => {
    const before = await readSettings();
    const support = {
      name: { sv: 'Förlängt stöd', en: 'Extended support' },
      months: 6,
      renewableOnce: true,
      maxMonths: 12,
    };
    const changed = await changeSettings({ supportAfterHire: support });
    expect(changed.status).toBe(200);
    expect(changed.json.version).toBe(before.json.version + 1);
    expect(changed.json.supportAfterHire).toEqual(support);
    expect(changed.headers.get('etag')).toBe(`"v${changed.json.version}"`);

    const again = await changeSettings({ supportAfterHire: support });
    expect(again.json.version).toBe(changed.json.version);

    // The old ETag no longer fits.
    const late = await call(admin, 'PATCH', '/v1/tenant', {
      body: { supportAfterHire: { ...support, months: 3 } },
      headers: { 'if-match': before.headers.get('etag') ?? '' },
    });
    expect(late.status).toBe(412);

    const audit = await call(admin, 'GET', '/v1/audit?subjectId=tenant&limit=100');
    expect(audit.status).toBe(200);
    const entries = audit.json.items.filter((entry: { detail?: string }) =>
      entry.detail?.includes('supportAfterHire'),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'tenant.settings.write',
      actorId: admin.userId,
      actorRole: 'admin',
    });
    expect(JSON.parse(entries[0].detail).changed.supportAfterHire).toEqual(support);
  });

  it('refuses support that is renewable without a longest time, or not longer', async () => {
    const name = { sv: 'Förlängt stöd', en: 'Extended support' };
    const missing = await changeSettings({ supportAfterHire: { name, months: 6, renewableOnce: true } });
    expect(missing.status).toBe(400);
    expect(missing.json.errors.map((e: { field: string }) => e.field)).toContain(
      'supportAfterHire.maxMonths',
    );
    const shorter = await changeSettings({
      supportAfterHire: { name, months: 6, renewableOnce: true, maxMonths: 6 },
    });
    expect(shorter.status).toBe(400);
  });

  it('keeps default sectors fixed but for on/off, needs a label for a new one, and keeps one on', async () => {
    const labelled = await changeSettings({
      sectors: [{ id: 'retail', enabled: true, label: { sv: 'Handel', en: 'Trade' } }],
    });
    expect(labelled.status).toBe(400);
    expect(labelled.json.errors[0].field).toBe('sectors.0');
    const unnamed = await changeSettings({ sectors: [{ id: 'bike_repair', enabled: true }] });
    expect(unnamed.status).toBe(400);
    expect(unnamed.json.type).toMatch(/sector\.unknown$/);
    expect(unnamed.json.errors[0].field).toBe('sectors.0.id');
    const current = await readSettings();
    const allOff = await changeSettings({
      sectors: current.json.sectors.map((sector: { id: string }) => ({ id: sector.id, enabled: false })),
    });
    expect(allOff.status).toBe(422);
    expect(allOff.json.type).toMatch(/tenant\.no_sector$/);
    expect((await readSettings()).json.version).toBe(current.json.version);
  });
});

describe('a sector turned off', () => {
  it('stays on the employers, placements and participants that have it; new writes are refused', async () => {
    const employer = await activeEmployer(coach, { sectors: ['gardening_outdoor'] });
    const placement = await call(coach, 'POST', `/v1/employers/${employer.id}/placements`, {
      body: placementBody({ sector: 'gardening_outdoor', tasks: ['gardening'] }),
    });
    expect(placement.status).toBe(201);
    const person = await call(coach, 'POST', '/v1/participants', {
      body: participantBody({ interests: ['gardening_outdoor'] }),
    });
    expect(person.status).toBe(201);

    const off = await changeSettings({ sectors: [{ id: 'gardening_outdoor', enabled: false }] });
    expect(off.status).toBe(200);
    expect(off.json.sectors.find((s: { id: string }) => s.id === 'gardening_outdoor')).toMatchObject({
      enabled: false,
    });

    // New writes: 400 sector.unknown, naming the field and listing the allowed sectors.
    const refused = await call(coach, 'POST', `/v1/employers/${employer.id}/placements`, {
      body: placementBody({ sector: 'gardening_outdoor' }),
      headers: { 'accept-language': 'en' },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.type).toMatch(/sector\.unknown$/);
    expect(refused.json.errors[0].field).toBe('sector');
    expect(refused.json.errors[0].message).toContain('retail');
    expect(refused.json.errors[0].message).not.toContain('gardening_outdoor,');
    const newEmployer = await call(coach, 'POST', '/v1/employers', {
      body: employerBody({ sectors: ['gardening_outdoor'] }),
    });
    expect(newEmployer.status).toBe(400);

    // Old records keep it, are read as they were and can still be changed.
    const read = await call(coach, 'GET', `/v1/placements/${placement.json.id}`);
    expect(read.json.sector).toBe('gardening_outdoor');
    const retitled = await call(coach, 'PATCH', `/v1/placements/${placement.json.id}`, {
      body: { title: 'Kratta löv', sector: 'gardening_outdoor' },
      headers: { 'if-match': read.headers.get('etag') ?? '' },
    });
    expect(retitled.status).toBe(200);
    const employerNow = await call(coach, 'GET', `/v1/employers/${employer.id}`);
    const renamed = await call(coach, 'PATCH', `/v1/employers/${employer.id}`, {
      body: { name: 'Gröna händer AB', sectors: ['gardening_outdoor', 'retail'] },
      headers: { 'if-match': employerNow.headers.get('etag') ?? '' },
    });
    expect(renamed.status).toBe(200);
    const personNow = await call(coach, 'GET', `/v1/participants/${person.json.id}`);
    const goal = await call(coach, 'PATCH', `/v1/participants/${person.json.id}`, {
      body: { goal: 'Arbeta ute', interests: ['gardening_outdoor'] },
      headers: { 'if-match': personNow.headers.get('etag') ?? '' },
    });
    expect(goal.status).toBe(200);
    // A filter finds what keeps it.
    const listed = await call(coach, 'GET', '/v1/placements?sector=gardening_outdoor');
    expect(listed.status).toBe(200);
    expect(listed.json.items.map((p: { id: string }) => p.id)).toContain(placement.json.id);

    // On again: new writes may use it.
    expect((await changeSettings({ sectors: [{ id: 'gardening_outdoor', enabled: true }] })).status).toBe(
      200,
    );
  });
});

describe('matching weights', () => {
  it('change the ranking', async () => {
    const employer = await activeEmployer(coach, { sectors: ['retail', 'logistics'] });
    const place = async (sector: string, task: 'packing' | 'cashier') =>
      (
        await call(coach, 'POST', `/v1/employers/${employer.id}/placements`, {
          body: placementBody({ status: 'open', sector, tasks: [task], traits: [] }),
        })
      ).json.id as string;
    const sameSector = await place('retail', 'cashier');
    const sameTasks = await place('logistics', 'packing');
    const person = await call(coach, 'POST', '/v1/participants', {
      body: participantBody({ interests: ['retail'], preferredTasks: ['packing'], stage: 'prework' }),
    });
    const topFor = async (chosen: MatchingWeights) => {
      expect((await changeSettings({ matchingWeights: chosen })).status).toBe(200);
      const ranked = await call(coach, 'GET', `/v1/participants/${person.json.id}/matches?limit=500`);
      const ids = ranked.json.items.map((item: { placement: { id: string } }) => item.placement.id);
      return ids.filter((id: string) => id === sameSector || id === sameTasks)[0];
    };
    expect(await topFor(weights({ interest: 100 }))).toBe(sameSector);
    expect(await topFor(weights({ tasks: 100 }))).toBe(sameTasks);
    const settings = await readSettings();
    expect(settings.json).toMatchObject({
      matchingWeights: weights({ tasks: 100 }),
      matchingWeightsAreDefault: false,
    });
  });
});

describe('the vocabulary', () => {
  it('gives every signed-in role the labels in Swedish and English, and each task with its traits', async () => {
    for (const who of [admin, coach, employerUser]) {
      const answer = await call(who, 'GET', '/v1/vocabulary');
      expect(answer.status).toBe(200);
      const vocabulary = answer.json;
      for (const list of [
        'sectors',
        'tasks',
        'traits',
        'environmentTags',
        'environmentNeeds',
        'stages',
        'outcomes',
        'supportLevels',
      ]) {
        expect(vocabulary[list].length, list).toBeGreaterThan(0);
        for (const term of vocabulary[list]) {
          expect(term.label.sv, `${list} ${term.id}`).toMatch(/\S/);
          expect(term.label.en, `${list} ${term.id}`).toMatch(/\S/);
          expect(term.description.sv, `${list} ${term.id}`).toMatch(/\S/);
        }
      }
      for (const task of vocabulary.tasks) {
        expect(task.traits).toEqual([...taskTraits[task.id as keyof typeof taskTraits]]);
      }
      const secondHand = vocabulary.sectors.find((s: { id: string }) => s.id === 'second_hand');
      expect(secondHand).toMatchObject({ label: { sv: 'Second hand och återbruk' }, added: false });
      expect(secondHand.tasks).toContain('sorting');
    }
  });

  it('lists a sector the tenant added, with its labels, and new writes may use it', async () => {
    const added = await changeSettings({
      sectors: [
        {
          id: 'reuse_house',
          enabled: true,
          label: { sv: 'Återbrukshus', en: 'Reuse house' },
          description: {
            sv: 'Ett hus där saker lånas, lagas och delas.',
            en: 'A house where things are lent, mended and shared.',
          },
          tasks: ['repair_reuse', 'serving'],
        },
      ],
    });
    expect(added.status).toBe(200);
    const vocabulary = await call(employerUser, 'GET', '/v1/vocabulary');
    expect(vocabulary.json.sectors.find((s: { id: string }) => s.id === 'reuse_house')).toEqual({
      id: 'reuse_house',
      label: { sv: 'Återbrukshus', en: 'Reuse house' },
      description: {
        sv: 'Ett hus där saker lånas, lagas och delas.',
        en: 'A house where things are lent, mended and shared.',
      },
      tasks: ['repair_reuse', 'serving'],
      enabled: true,
      added: true,
    });
    const employer = await call(coach, 'POST', '/v1/employers', {
      body: employerBody({ sectors: ['reuse_house'] }),
    });
    expect(employer.status).toBe(201);
    // Matching's reasons name it by its label (with the interest weighed again).
    expect((await changeSettings({ matchingWeights: defaultWeights })).status).toBe(200);
    await call(coach, 'POST', `/v1/employers/${employer.json.id}/placements`, {
      body: placementBody({ status: 'open', sector: 'reuse_house', tasks: ['repair_reuse'] }),
    });
    const person = await call(coach, 'POST', '/v1/participants', {
      body: participantBody({ interests: ['reuse_house'] }),
    });
    const ranked = await call(coach, 'GET', `/v1/participants/${person.json.id}/matches?limit=500`);
    const reasons = ranked.json.items.flatMap((item: { reasons: { sv: string }[] }) =>
      item.reasons.map((reason) => reason.sv),
    );
    expect(reasons).toContain('Platsen är inom återbrukshus, som är ditt förstahandsval.');
    // Another tenant does not have it.
    const stranger = await caller(newTenant(), 'coach');
    const theirs = await call(stranger, 'GET', '/v1/vocabulary');
    expect(theirs.json.sectors.map((s: { id: string }) => s.id)).not.toContain('reuse_house');
  });
});
