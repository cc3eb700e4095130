import { describe, expect, it } from 'vitest';
import { candidateSummary } from '#shared/domain/employer-view';
import { sectorLabeller } from '#shared/domain/tenant-settings';
import { vocabularyWords } from '#shared/domain/vocabulary-labels';
import type { Participant } from '#shared/schemas/participant';
import type { Tenant } from '#shared/schemas/tenant';

const tenant: Tenant = {
  id: 'malmo',
  name: 'Malmö',
  sectors: ['logistics', 'reuse_house'],
  addedSectors: [{ id: 'reuse_house', label: { sv: 'Återbrukshuset', en: 'The reuse house' } }],
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe("a tenant's words for sectors", () => {
  const label = sectorLabeller(tenant);

  it('gives the default words, the tenant’s own, and readable words for a slug nobody named', () => {
    expect(label('logistics')).toEqual(vocabularyWords.sectors.logistics);
    expect(label('reuse_house')).toEqual({ sv: 'Återbrukshuset', en: 'The reuse house' });
    expect(label('bike_repair')).toEqual({ sv: 'bike repair', en: 'bike repair' });
  });

  it('are what an employer reads about a candidate’s interests, in the participant’s order', () => {
    const participant = {
      firstName: 'Kim',
      interests: ['reuse_house', 'logistics'],
      availability: { kind: 'halfDay', weekdays: ['mon'] },
      supportLevel: 2,
    } as Participant;
    expect(candidateSummary(participant, label).interests).toEqual([
      { sector: 'reuse_house', label: { sv: 'Återbrukshuset', en: 'The reuse house' } },
      { sector: 'logistics', label: vocabularyWords.sectors.logistics },
    ]);
  });
});
