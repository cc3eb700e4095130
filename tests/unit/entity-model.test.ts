import { describe, expect, it } from 'vitest';
import { itemOf } from '#shared/db/model';
import { stripKeys } from '#shared/db/page';
import { employerModel } from '#shared/db/repositories/employers';
import { matchModel } from '#shared/db/repositories/matches';
import { participantModel, transitionModel } from '#shared/db/repositories/participants';
import { placementModel } from '#shared/db/repositories/placements';
import type { Employer } from '#shared/schemas/employer';
import type { Match } from '#shared/schemas/match';
import type { Participant, Transition } from '#shared/schemas/participant';
import type { Placement } from '#shared/schemas/placement';

const tenant = 'malmo';
const placement = {
  id: '01JAAAAAAAAAAAAAAAAAAAAAAA',
  tenant,
  employerId: '01JBBBBBBBBBBBBBBBBBBBBBBB',
  employerName: 'Återbruket',
  sector: 'retail',
  status: 'open',
  seats: 2,
  seatsTaken: 0,
  version: 3,
} as Placement;

describe('items derived from one declaration per entity', () => {
  it('writes every index key from the entity’s own attributes', () => {
    expect(itemOf(placementModel, placement)).toMatchObject({
      pk: `T#${tenant}#PLACEMENT#${placement.id}`,
      gsi1pk: `T#${tenant}#EMPLOYER#${placement.employerId}#PLACEMENTS`,
      gsi2pk: `T#${tenant}#PLACEMENTS#STATUS#open`,
      gsi2sk: `retail#${placement.id}`,
      gsi3sk: `retail#${placement.id}`,
      entity: 'placement',
    });
  });

  it('moves an index entry when the attribute behind it changes', () => {
    const full = itemOf(placementModel, { ...placement, status: 'full' });
    expect(full.gsi2pk).toBe(`T#${tenant}#PLACEMENTS#STATUS#full`);
    const moved = itemOf(placementModel, { ...placement, sector: 'logistics' });
    expect([moved.gsi2sk, moved.gsi3sk]).toEqual([`logistics#${placement.id}`, `logistics#${placement.id}`]);
    const participant = { id: 'p', tenant, stage: 'prework', coachId: 'c' } as Participant;
    const stepped = itemOf(participantModel, { ...participant, stage: 'learning_placement' });
    expect(stepped.gsi2pk).toBe(`T#${tenant}#PARTICIPANTS#STAGE#learning_placement`);
    expect(stepped.gsi3sk).toBe('learning_placement#p');
  });

  it('reads back exactly the entity, for every model', () => {
    const samples: [string, object, object][] = [
      ['placement', placementModel, placement],
      ['employer', employerModel, { id: 'e', tenant, name: 'Åre AB', status: 'active' } as Employer],
      ['participant', participantModel, { id: 'p', tenant, stage: 'prework', coachId: 'c' } as Participant],
      [
        'transition',
        transitionModel,
        { id: 't', tenant, participantId: 'p', date: '2026-03-01' } as Transition,
      ],
      [
        'match',
        matchModel,
        { id: 'm', tenant, placementId: 'a', participantId: 'b', employerId: 'c' } as Match,
      ],
    ];
    for (const [name, model, value] of samples) {
      expect(stripKeys(itemOf(model as typeof placementModel, value as Placement)), name).toEqual(value);
    }
  });
});
