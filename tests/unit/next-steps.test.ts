import { describe, expect, it } from 'vitest';
import { matchStepFields, stepMovesStage } from '#shared/domain/match-change';
import { checkMatchStep, isOpenMatch, nextMatchSteps } from '#shared/domain/match-lifecycle';
import { applyPlacementPatch, isPublished, placementMovesFrom } from '#shared/domain/placement-status';
import { MatchStatus } from '#shared/schemas/match';
import { type Placement, PlacementStatus } from '#shared/schemas/placement';

describe('the steps a match may take next', () => {
  it('lets a coach cancel a proposal, start or cancel an accepted one, complete or cancel a started one', () => {
    expect(nextMatchSteps('proposed', 'coach')).toEqual(['cancelled']);
    expect(nextMatchSteps('accepted', 'coach')).toEqual(['started', 'cancelled']);
    expect(nextMatchSteps('started', 'admin')).toEqual(['completed', 'cancelled']);
    expect(nextMatchSteps('declined', 'coach')).toEqual([]);
  });

  it('lets an employer answer a proposal, and start or cancel what it accepted', () => {
    expect(nextMatchSteps('proposed', 'employer')).toEqual(['accepted', 'declined']);
    expect(nextMatchSteps('accepted', 'employer')).toEqual(['started', 'cancelled']);
    expect(nextMatchSteps('completed', 'employer')).toEqual([]);
  });

  it('offers exactly the steps the lifecycle allows', () => {
    for (const from of MatchStatus.options) {
      for (const role of ['admin', 'coach', 'employer'] as const) {
        const offered = nextMatchSteps(from, role);
        for (const to of MatchStatus.options) {
          expect(offered.includes(to)).toBe(checkMatchStep(from, to, role).ok);
        }
      }
    }
  });

  it('calls a match open while a step is left for someone', () => {
    for (const status of MatchStatus.options) {
      const anyStep = nextMatchSteps(status, 'coach').length + nextMatchSteps(status, 'employer').length > 0;
      expect(isOpenMatch(status)).toBe(anyStep);
    }
  });

  it('names the fields each step takes', () => {
    expect(matchStepFields('started')).toEqual(['startDate']);
    expect(matchStepFields('completed')).toEqual(['outcome']);
    expect(matchStepFields('cancelled')).toEqual(['reason']);
    expect(matchStepFields('declined')).toEqual(['reason']);
    expect(matchStepFields('accepted')).toEqual([]);
  });

  it('knows which steps moved the participant on the pathway', () => {
    expect(stepMovesStage({ status: 'started', startDate: '2027-01-11' })).toBe(true);
    expect(stepMovesStage({ status: 'completed', outcome: 'employed' })).toBe(true);
    expect(stepMovesStage({ status: 'completed', outcome: 'returned' })).toBe(false);
    expect(stepMovesStage({ status: 'accepted' })).toBe(false);
    expect(stepMovesStage({ status: 'proposed' })).toBe(false);
  });
});

describe('the statuses a placement may be given next', () => {
  const placement = (status: PlacementStatus, seatsTaken = 0): Placement => ({
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
    seatsTaken,
    schedule: { kind: 'halfDay', weekdays: ['mon'] },
    maxSupportLevel: 2,
    environment: [],
    supervisorOnSite: true,
    location: { postcode: '21122', area: 'Centrum' },
    startDate: '2027-01-01',
    status,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('offers publishing or closing a draft, closing an open or full one, reopening a closed one', () => {
    expect(placementMovesFrom('draft')).toEqual(['open', 'closed']);
    expect(placementMovesFrom('open')).toEqual(['closed']);
    expect(placementMovesFrom('full')).toEqual(['closed']);
    expect(placementMovesFrom('closed')).toEqual(['open']);
  });

  it('offers only moves the API accepts, each one a change', () => {
    for (const status of PlacementStatus.options) {
      const current = placement(status, status === 'full' ? 2 : 0);
      for (const to of placementMovesFrom(status)) {
        const change = applyPlacementPatch(current, { status: to }, new Date());
        expect(change.ok).toBe(true);
        if (change.ok) expect(change.placement.status).not.toBe(status);
      }
    }
  });

  it('calls open and full placements published', () => {
    expect(PlacementStatus.options.filter(isPublished)).toEqual(['open', 'full']);
  });
});
