import { describe, expect, it } from 'vitest';
import { checkTransition } from '#shared/domain/pathway';
import {
  checkKindChange,
  checkMayStart,
  kindStage,
  mayStart,
  notStartableReason,
  stageAtStart,
  stagesStarting,
  startableKinds,
} from '#shared/domain/placement-kind';
import { placementKinds } from '#shared/schemas/placement';
import { stages } from '#shared/schemas/vocabulary';

describe('which stages may start which kind of placement', () => {
  it('follows the table in docs/matching.md', () => {
    const table = Object.fromEntries(
      stages.map((stage) => [stage, placementKinds.filter((kind) => mayStart(stage, kind))]),
    );
    expect(table).toEqual({
      group_activity: ['company_group', 'individual_placement'],
      individual_placement: ['individual_placement'],
      prework: ['learning_placement'],
      learning_placement: ['learning_placement'],
      reinforced_cooperation: [],
      employed: [],
      studies: [],
      exited: [],
    });
    expect(stagesStarting('company_group')).toEqual(['group_activity']);
    expect(stagesStarting('individual_placement')).toEqual(['group_activity', 'individual_placement']);
    expect(stagesStarting('learning_placement')).toEqual(['prework', 'learning_placement']);
  });

  it('lets every start it allows keep the stage or take one legal pathway step', () => {
    for (const stage of stages) {
      for (const kind of startableKinds[stage]) {
        const to = kindStage[kind];
        if (to !== stage) expect(checkTransition(stage, to).ok, `${stage} → ${kind}`).toBe(true);
      }
    }
  });

  it('moves the participant to the stage the kind means, and only when that is a step', () => {
    expect(stageAtStart('group_activity', 'company_group')).toBeUndefined();
    expect(stageAtStart('group_activity', 'individual_placement')).toBe('individual_placement');
    expect(stageAtStart('individual_placement', 'individual_placement')).toBeUndefined();
    expect(stageAtStart('prework', 'learning_placement')).toBe('learning_placement');
    expect(stageAtStart('learning_placement', 'learning_placement')).toBeUndefined();
    // Not a legal step (skips prework): no move.
    expect(stageAtStart('group_activity', 'learning_placement')).toBeUndefined();
  });

  it('refuses with a code and plain words in both languages', () => {
    expect(checkMayStart('group_activity', 'company_group', 'status')).toBeUndefined();
    expect(checkMayStart('prework', 'company_group', 'participantId')).toEqual({
      ok: false,
      code: 'match.stage_not_eligible',
      field: 'participantId',
      message: {
        sv: 'Deltagaren är i steget förarbete och kan inte börja på en företagsgrupp. Det kan den som är i gruppverksamhet.',
        en: 'The participant is in prework and cannot start a company group; people in group activity can.',
      },
    });
    expect(notStartableReason('group_activity', 'learning_placement')).toEqual({
      sv: 'Platsen är en lärandeplats, som passar den som är i förarbete eller lärandeplats. Ditt steg just nu är gruppverksamhet.',
      en: 'The placement is a learning placement, for people in prework or learning placement. Your stage now is group activity.',
    });
  });

  it('keeps the kind while a seat is taken', () => {
    expect(checkKindChange({ kind: 'learning_placement', seatsTaken: 0 }, 'company_group')).toBeUndefined();
    expect(
      checkKindChange({ kind: 'learning_placement', seatsTaken: 1 }, 'learning_placement'),
    ).toBeUndefined();
    expect(checkKindChange({ kind: 'learning_placement', seatsTaken: 1 }, undefined)).toBeUndefined();
    expect(checkKindChange({ kind: 'learning_placement', seatsTaken: 1 }, 'company_group')).toMatchObject({
      code: 'placement.kind_locked',
      field: 'kind',
    });
  });
});
