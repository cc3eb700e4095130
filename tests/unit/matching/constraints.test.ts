import { describe, expect, it } from 'vitest';
import { evaluatePair, type PairEvaluation } from '#shared/domain/matching/index';
import type { EnvironmentNeed } from '#shared/schemas/participant';
import type { Placement } from '#shared/schemas/placement';
import { aParticipant, aPlacement } from './fixtures';

function exclusions(evaluation: PairEvaluation) {
  if (!evaluation.excluded) throw new Error(`expected an exclusion, got score ${evaluation.score}`);
  return evaluation.reasons;
}

describe('hard constraints', () => {
  it('lets a pair that meets every constraint through to scoring', () => {
    const evaluation = evaluatePair(aParticipant(), aPlacement());
    expect(evaluation.excluded).toBe(false);
  });

  it.each([
    ['draft', 'inte publicerad'],
    ['full', 'fullsatt'],
    ['closed', 'stängd'],
  ] as const)('excludes a placement with status %s', (status, text) => {
    const reasons = exclusions(evaluatePair(aParticipant(), aPlacement({ status })));
    expect(reasons).toEqual([
      expect.objectContaining({ constraint: 'status', sv: expect.stringContaining(text) }),
    ]);
  });

  it('excludes a placement with no free seat, and allows the last free one', () => {
    const reasons = exclusions(evaluatePair(aParticipant(), aPlacement({ seats: 3, seatsTaken: 3 })));
    expect(reasons).toEqual([
      { constraint: 'seats', sv: 'Det finns ingen ledig plats (3 av 3 är tagna).', en: expect.any(String) },
    ]);
    expect(evaluatePair(aParticipant(), aPlacement({ seats: 3, seatsTaken: 2 })).excluded).toBe(false);
  });

  it('excludes a participant whose stage cannot start the placement kind, in plain words', () => {
    const inGroup = aParticipant({ stage: 'group_activity' });
    const reasons = exclusions(evaluatePair(inGroup, aPlacement({ kind: 'learning_placement' })));
    expect(reasons).toEqual([
      {
        constraint: 'stage',
        sv: 'Platsen är en lärandeplats, som passar den som är i förarbetet eller lärandeplats. Ditt steg just nu är gruppverksamhet.',
        en: expect.stringContaining('Your stage now is group activity'),
      },
    ]);
    expect(evaluatePair(inGroup, aPlacement({ kind: 'company_group' })).excluded).toBe(false);
    expect(evaluatePair(inGroup, aPlacement({ kind: 'individual_placement' })).excluded).toBe(false);
    expect(evaluatePair(aParticipant(), aPlacement({ kind: 'company_group' })).excluded).toBe(true);
  });

  it('leaves a draft profile out, saying what to fill in, and judges no schedule it does not have', () => {
    const draft = aParticipant({ availability: undefined, home: undefined });
    expect(exclusions(evaluatePair(draft, aPlacement()))).toEqual([
      {
        constraint: 'profile',
        sv: 'Profilen är inte klar: fyll i var hen bor och vilka dagar hen kan, så kan platsen prövas.',
        en: 'The profile is not finished: add where they live and which days they can come to try this placement.',
      },
    ]);
    const withoutHome = aParticipant({ home: undefined });
    expect(exclusions(evaluatePair(withoutHome, aPlacement()))).toEqual([
      expect.objectContaining({ constraint: 'profile', sv: expect.stringContaining('fyll i var hen bor,') }),
    ]);
  });

  it('excludes a participant whose support level is above what the placement can host', () => {
    const reasons = exclusions(
      evaluatePair(aParticipant({ supportLevel: 4 }), aPlacement({ maxSupportLevel: 3 })),
    );
    expect(reasons).toEqual([
      {
        constraint: 'supportLevel',
        sv: 'Platsen kan ta emot stödnivå upp till 3, och du har stödnivå 4.',
        en: expect.any(String),
      },
    ]);
    expect(evaluatePair(aParticipant({ supportLevel: 3 }), aPlacement({ maxSupportLevel: 3 })).excluded).toBe(
      false,
    );
  });

  it('excludes a placement on a weekday the participant is not available, naming the day', () => {
    const participant = aParticipant({ availability: { kind: 'fullDay', weekdays: ['mon', 'tue'] } });
    const placement = aPlacement({ schedule: { kind: 'halfDay', weekdays: ['mon', 'thu', 'sat'] } });
    const reasons = exclusions(evaluatePair(participant, placement));
    expect(reasons).toEqual([
      {
        constraint: 'schedule',
        sv: 'Platsen har arbete på torsdag och lördag, och då kan du inte.',
        en: expect.any(String),
      },
    ]);
  });

  it('excludes a full-day placement for a participant available half days, but not the other way round', () => {
    const halfDays = aParticipant({ availability: { kind: 'halfDay', weekdays: ['mon', 'wed'] } });
    const fullDayPlacement = aPlacement({ schedule: { kind: 'fullDay', weekdays: ['mon'] } });
    expect(exclusions(evaluatePair(halfDays, fullDayPlacement))).toEqual([
      expect.objectContaining({
        constraint: 'schedule',
        sv: 'Platsen är på heldag, och du vill arbeta halvdag.',
      }),
    ]);
    const fullDays = aParticipant({ availability: { kind: 'fullDay', weekdays: ['mon', 'wed'] } });
    const halfDayPlacement = aPlacement({ schedule: { kind: 'halfDay', weekdays: ['mon'] } });
    expect(evaluatePair(fullDays, halfDayPlacement).excluded).toBe(false);
  });

  const conflicts: [EnvironmentNeed, Partial<Placement>, string][] = [
    ['needs_quiet', { environment: ['noisy'] }, 'Platsen är bullrig, och du behöver en lugn och tyst miljö.'],
    ['needs_quiet', { traits: ['noise_tolerance'] }, 'Arbetet kräver att man kan klara ljud och buller'],
    ['indoor_only', { environment: ['outdoor'] }, 'Platsen är utomhus, och du vill arbeta inomhus.'],
    ['indoor_only', { traits: ['outdoor_work'] }, 'Arbetet kräver att man kan arbeta utomhus'],
    ['outdoor_only', { environment: ['indoor'] }, 'Platsen är inomhus, och du vill arbeta utomhus.'],
    ['no_customer_contact', { environment: ['customer_contact'] }, 'Platsen har kundkontakt'],
    ['no_customer_contact', { traits: ['customer_contact'] }, 'Arbetet kräver att man kan prata med kunder'],
    ['few_people', { environment: ['many_people'] }, 'Platsen har många människor'],
    ['few_people', { traits: ['crowd_tolerance'] }, 'klara många människor omkring sig'],
    [
      'no_heavy_lifting',
      { traits: ['lifting'] },
      'Arbetet kräver att man kan lyfta, och du ska inte lyfta tungt.',
    ],
  ];
  it.each(conflicts)('excludes %s against %o', (need, conflict, text) => {
    const participant = aParticipant({ environmentNeeds: [need] });
    const reasons = exclusions(evaluatePair(participant, aPlacement({ environment: [], ...conflict })));
    expect(reasons).toEqual([
      expect.objectContaining({ constraint: 'environment', sv: expect.stringContaining(text) }),
    ]);
    // The same placement without the conflicting tag or demand is fine.
    expect(evaluatePair(participant, aPlacement({ environment: [], traits: [] })).excluded).toBe(false);
  });

  it('accepts an outdoor-only participant at a place that is both indoors and outdoors', () => {
    const participant = aParticipant({ environmentNeeds: ['outdoor_only'] });
    expect(evaluatePair(participant, aPlacement({ environment: ['indoor', 'outdoor'] })).excluded).toBe(
      false,
    );
  });

  it('excludes a placement further away than the participant will travel', () => {
    const participant = aParticipant({
      home: { postcode: '21122', area: 'Innerstaden' },
      maxTravelMinutes: 30,
    });
    const inLund = aPlacement({ location: { postcode: '22350', area: 'Lund' } });
    const reasons = exclusions(evaluatePair(participant, inLund));
    expect(reasons).toEqual([
      expect.objectContaining({
        constraint: 'travel',
        sv: expect.stringMatching(
          /^Resan tar ungefär \d+ minuter, längre än de 30 minuter du kan tänka dig\.$/,
        ),
      }),
    ]);
    expect(evaluatePair({ ...participant, maxTravelMinutes: 90 }, inLund).excluded).toBe(false);
  });

  it('does not exclude when the travel time cannot be estimated', () => {
    const unknown = aPlacement({ location: { postcode: '01234', area: 'Okänt' } });
    const evaluation = evaluatePair(aParticipant({ maxTravelMinutes: 5 }), unknown);
    expect(evaluation.excluded).toBe(false);
  });

  it('gives one reason for each failed constraint, in a fixed order', () => {
    const participant = aParticipant({
      supportLevel: 4,
      environmentNeeds: ['needs_quiet', 'no_heavy_lifting'],
      maxTravelMinutes: 20,
      availability: { kind: 'halfDay', weekdays: ['mon'] },
    });
    const placement = aPlacement({
      kind: 'company_group',
      status: 'closed',
      seats: 1,
      seatsTaken: 1,
      maxSupportLevel: 2,
      schedule: { kind: 'fullDay', weekdays: ['tue'] },
      environment: ['noisy'],
      traits: ['lifting'],
      location: { postcode: '72211', area: 'Västerås' },
    });
    const reasons = exclusions(evaluatePair(participant, placement));
    expect(reasons.map((reason) => reason.constraint)).toEqual([
      'status',
      'seats',
      'stage',
      'supportLevel',
      'schedule',
      'schedule',
      'environment',
      'environment',
      'travel',
    ]);
    expect(reasons.at(-1)?.sv).toContain('mer än två timmar');
    for (const reason of reasons) {
      expect(reason.sv.length).toBeGreaterThan(10);
      expect(reason.en.length).toBeGreaterThan(10);
    }
  });
});
