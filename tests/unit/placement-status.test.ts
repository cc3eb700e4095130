import { describe, expect, it } from 'vitest';
import { applyPlacementPatch, statusForSeats } from '#shared/domain/placement-status';
import type { Placement } from '#shared/schemas/placement';

const placement = (overrides: Partial<Placement> = {}): Placement => ({
  id: '01JAAAAAAAAAAAAAAAAAAAAAAA',
  tenant: 'malmo',
  employerId: '01JBBBBBBBBBBBBBBBBBBBBBBB',
  employerName: 'Testbolaget AB',
  kind: 'learning_placement',
  title: 'Packa varor',
  sector: 'logistics',
  tasks: ['packing'],
  traits: [],
  description: 'Packa varor i lugn takt.',
  seats: 2,
  seatsTaken: 0,
  schedule: { kind: 'halfDay', weekdays: ['mon'] },
  maxSupportLevel: 2,
  environment: [],
  supervisorOnSite: true,
  location: { postcode: '21122', area: 'Centrum' },
  startDate: '2027-01-01',
  status: 'open',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  ...overrides,
});

const now = new Date('2026-11-23T10:00:00.000Z');

describe('placement status', () => {
  it('is full when every seat is taken and open again when a seat frees', () => {
    expect(statusForSeats('open', 2, 2)).toBe('full');
    expect(statusForSeats('full', 3, 2)).toBe('open');
    expect(statusForSeats('draft', 2, 2)).toBe('draft');
    expect(statusForSeats('closed', 1, 1)).toBe('closed');
  });

  it('refuses fewer seats than are taken', () => {
    const change = applyPlacementPatch(placement({ seatsTaken: 2 }), { seats: 1 }, now);
    expect(change).toMatchObject({ ok: false, field: 'seats' });
  });

  it('turns an open placement full when seats shrink to the taken count', () => {
    const change = applyPlacementPatch(placement({ seats: 3, seatsTaken: 2 }), { seats: 2 }, now);
    expect(change).toMatchObject({
      ok: true,
      placement: { status: 'full', seats: 2, updatedAt: now.toISOString() },
    });
  });

  it('allows draft → open → closed → open but never back to draft', () => {
    const opened = applyPlacementPatch(placement({ status: 'draft' }), { status: 'open' }, now);
    expect(opened).toMatchObject({ ok: true, placement: { status: 'open' } });
    expect(applyPlacementPatch(placement({ status: 'open' }), { status: 'closed' }, now)).toMatchObject({
      ok: true,
    });
    expect(applyPlacementPatch(placement({ status: 'closed' }), { status: 'open' }, now)).toMatchObject({
      ok: true,
    });
    expect(applyPlacementPatch(placement({ status: 'open' }), { status: 'draft' }, now)).toMatchObject({
      ok: false,
      field: 'status',
    });
  });

  it('reopening a placement without free seats makes it full, not open', () => {
    const change = applyPlacementPatch(
      placement({ status: 'closed', seatsTaken: 2 }),
      { status: 'open' },
      now,
    );
    expect(change).toMatchObject({ ok: true, placement: { status: 'full' } });
  });
});

describe('the days a placement is published', () => {
  // 23:30 UTC on 31 March is 1 April in Sweden: the days are Swedish days.
  const lateEvening = new Date('2026-03-31T23:30:00Z');

  it('starts on the Swedish day it is opened, and hands over the time when it is closed', () => {
    const opened = applyPlacementPatch(placement({ status: 'draft' }), { status: 'open' }, lateEvening);
    expect(opened).toMatchObject({ ok: true, placement: { status: 'open', publishedSince: '2026-04-01' } });
    expect(opened.ok && opened.endedPublication).toBeUndefined();

    const closed = applyPlacementPatch(
      placement({ status: 'full', seatsTaken: 2, publishedSince: '2026-02-03' }),
      { status: 'closed' },
      new Date('2026-05-05T08:00:00Z'),
    );
    expect(closed).toMatchObject({ ok: true, endedPublication: { start: '2026-02-03', end: '2026-05-05' } });
    expect(closed.ok && closed.placement.publishedSince).toBeUndefined();
  });

  it('keeps the day through other changes, and dates an older placement from its creation', () => {
    const renamed = applyPlacementPatch(
      placement({ publishedSince: '2026-02-03' }),
      { title: 'Packa och märka' },
      lateEvening,
    );
    expect(renamed).toMatchObject({ ok: true, placement: { publishedSince: '2026-02-03' } });
    expect(renamed.ok && renamed.endedPublication).toBeUndefined();

    const older = applyPlacementPatch(placement(), { status: 'closed' }, lateEvening);
    expect(older).toMatchObject({ ok: true, endedPublication: { start: '2026-01-01', end: '2026-04-01' } });
  });
});
