import { describe, expect, it } from 'vitest';
import { allowedNextStages, checkTransition, pathwayStages } from '#shared/domain/pathway';
import { type Stage, stages } from '#shared/schemas/vocabulary';

const allowed = (from: Stage, to: Stage) => checkTransition(from, to).ok;

describe('pathway transitions', () => {
  it('moves forward one step at a time and refuses skipping a step', () => {
    for (let i = 0; i + 1 < pathwayStages.length; i++) {
      expect(allowed(pathwayStages[i]!, pathwayStages[i + 1]!)).toBe(true);
    }
    const skip = checkTransition('group_activity', 'prework');
    expect(skip).toEqual({
      ok: false,
      reason: {
        sv: 'Ett steg i taget: från gruppverksamhet är nästa steg enskild plats.',
        en: expect.any(String),
      },
    });
  });

  it('steps back one stage but not two', () => {
    expect(allowed('learning_placement', 'prework')).toBe(true);
    expect(allowed('individual_placement', 'group_activity')).toBe(true);
    const twoBack = checkTransition('learning_placement', 'individual_placement');
    expect(twoBack.ok).toBe(false);
    if (!twoBack.ok) expect(twoBack.reason.sv).toContain('steget tillbaka förarbete');
  });

  it('records employment from prework onwards only', () => {
    expect(allowed('prework', 'employed')).toBe(true);
    expect(allowed('learning_placement', 'employed')).toBe(true);
    expect(allowed('reinforced_cooperation', 'employed')).toBe(true);
    expect(allowed('group_activity', 'employed')).toBe(false);
    expect(allowed('individual_placement', 'employed')).toBe(false);
  });

  it('opens studies from any pathway stage', () => {
    for (const stage of pathwayStages) expect(allowed(stage, 'studies')).toBe(true);
  });

  it('lets anyone exit, except someone who already has', () => {
    for (const stage of stages) expect(allowed(stage, 'exited')).toBe(stage !== 'exited');
  });

  it('lets an employed or studying participant return to any pathway stage, but not swap outcomes', () => {
    for (const stage of pathwayStages) {
      expect(allowed('employed', stage)).toBe(true);
      expect(allowed('studies', stage)).toBe(true);
    }
    const swap = checkTransition('employed', 'studies');
    expect(swap.ok).toBe(false);
    if (!swap.ok)
      expect(swap.reason.sv).toBe(
        'Från anställning går det inte direkt till studier. Registrera återgång eller avslut först.',
      );
  });

  it('brings someone who exited back only into the pathway', () => {
    for (const stage of pathwayStages) expect(allowed('exited', stage)).toBe(true);
    expect(allowed('exited', 'employed')).toBe(false);
    expect(allowed('exited', 'studies')).toBe(false);
  });

  it('refuses staying in the same stage, with a reason in both languages', () => {
    for (const stage of stages) {
      const result = checkTransition(stage, stage);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason.sv).toMatch(/^Deltagaren är redan i steget /);
        expect(result.reason.en).toMatch(/^The participant is already in /);
      }
    }
  });

  it('lists the allowed next stages for a form', () => {
    expect(allowedNextStages('prework')).toEqual([
      'individual_placement',
      'learning_placement',
      'employed',
      'studies',
      'exited',
    ]);
    expect(allowedNextStages('exited')).toEqual([...pathwayStages]);
  });
});
