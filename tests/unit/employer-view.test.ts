import { describe, expect, it } from 'vitest';
import { employerMatchView } from '#shared/domain/employer-view';
import { sectorLabeller } from '#shared/domain/tenant-settings';
import { type Match, MatchStatus } from '#shared/schemas/match';

const match = (status: Match['status']) =>
  ({
    id: 'm1',
    placementId: 'p1',
    placementTitle: 'Packa paket',
    status,
    consent: { sharedSummary: false },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    version: 2,
  }) as unknown as Match;

describe('what a proposal says to its employer', () => {
  const said = (status: Match['status']) =>
    employerMatchView(match(status), undefined, 'active', sectorLabeller(undefined)).message.sv;

  it('promises the coach’s call only while the proposal waits for an answer', () => {
    expect(said('proposed')).toMatch(/ringer dig för att berätta mer/);
    for (const status of ['declined', 'cancelled', 'completed'] as const)
      expect(said(status)).not.toMatch(/föreslår|ringer dig för att berätta/);
    expect(said('declined')).toBe('Du har tackat nej till förslaget.');
  });

  it('has words for every status, in both languages', () => {
    for (const status of MatchStatus.options) {
      const message = employerMatchView(
        match(status),
        undefined,
        'active',
        sectorLabeller(undefined),
      ).message;
      expect(message.sv.length).toBeGreaterThan(10);
      expect(message.en.length).toBeGreaterThan(10);
    }
  });
});
