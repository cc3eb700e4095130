import fc from 'fast-check';
import type { MatchParticipant, MatchPlacement } from '#shared/domain/matching/index';
import { type EnvironmentNeed, environmentNeeds } from '#shared/schemas/participant';
import { placementKinds } from '#shared/schemas/placement';
import { environmentTags, sectors, stages, tasks, traits, Weekday } from '#shared/schemas/vocabulary';
import { idFor } from './fixtures';

// Generated participants and placements, biased toward pairs that pass the hard
// constraints often enough for rankings and assignments to be interesting.

const weekdays = Weekday.options;
const workdays = weekdays.slice(0, 5);
const postcodes = ['21122', '21120', '21432', '21619', '21845', '22350', '72211', '99999'];

const uniqueSubset = <T>(values: readonly T[], maxLength: number) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength });

const sometimesMissing = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: value, weight: 12 }, { arbitrary: fc.constant(undefined), weight: 1 });

export const participantArbitrary = (id: string): fc.Arbitrary<MatchParticipant> =>
  fc.record({
    id: fc.constant(id),
    // Mostly a stage that may start most placements, sometimes one that may not.
    stage: fc.oneof(
      { arbitrary: fc.constant('prework' as const), weight: 4 },
      { arbitrary: fc.constantFrom(...stages), weight: 1 },
    ),
    interests: uniqueSubset(sectors, 9),
    preferredTasks: uniqueSubset(tasks, 6),
    // Now and then a draft profile, without its days or its home, which matching leaves out.
    availability: sometimesMissing(
      fc.record({
        kind: fc.constantFrom('fullDay' as const, 'fullDay' as const, 'halfDay' as const),
        weekdays: fc
          .oneof(
            { arbitrary: fc.constant(workdays), weight: 3 },
            {
              arbitrary: fc.uniqueArray(fc.constantFrom(...weekdays), { minLength: 3, maxLength: 7 }),
              weight: 1,
            },
          )
          .map((days) => [...days]),
      }),
    ),
    supportLevel: fc.integer({ min: 1, max: 4 }),
    environmentNeeds: fc.oneof(
      fc.constant<EnvironmentNeed[]>([]),
      uniqueSubset(environmentNeeds, 2).filter(
        (needs) => !(needs.includes('indoor_only') && needs.includes('outdoor_only')),
      ),
    ),
    capabilities: uniqueSubset(traits, traits.length),
    home: sometimesMissing(
      fc.record({ postcode: fc.constantFrom(...postcodes.slice(0, 6)), area: fc.constant('Malmö') }),
    ),
    maxTravelMinutes: fc.oneof(fc.integer({ min: 5, max: 120 }), fc.integer({ min: 40, max: 120 })),
  });

export const placementArbitrary = (id: string): fc.Arbitrary<MatchPlacement> =>
  fc
    .record({
      id: fc.constant(id),
      kind: fc.oneof(
        { arbitrary: fc.constant('learning_placement' as const), weight: 4 },
        { arbitrary: fc.constantFrom(...placementKinds), weight: 1 },
      ),
      sector: fc.constantFrom(...sectors, 'bike_repair'),
      tasks: fc.uniqueArray(fc.constantFrom(...tasks), { minLength: 1, maxLength: 5 }),
      traits: uniqueSubset(traits, 4),
      seats: fc.integer({ min: 1, max: 3 }),
      seatsTaken: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(3), weight: 1 }),
      schedule: fc.record({
        kind: fc.constantFrom('fullDay' as const, 'halfDay' as const, 'halfDay' as const),
        weekdays: fc.oneof(
          {
            arbitrary: fc.uniqueArray(fc.constantFrom(...workdays), { minLength: 1, maxLength: 3 }),
            weight: 4,
          },
          {
            arbitrary: fc.uniqueArray(fc.constantFrom(...weekdays), { minLength: 1, maxLength: 3 }),
            weight: 1,
          },
        ),
      }),
      maxSupportLevel: fc.oneof(fc.constant(4), fc.integer({ min: 1, max: 4 })),
      environment: uniqueSubset(environmentTags, 2),
      supervisorOnSite: fc.boolean(),
      location: fc.record({ postcode: fc.constantFrom(...postcodes), area: fc.constant('Malmö') }),
      status: fc.oneof(
        { arbitrary: fc.constant('open' as const), weight: 5 },
        { arbitrary: fc.constantFrom('draft' as const, 'full' as const, 'closed' as const), weight: 1 },
      ),
    })
    .map((placement) => ({ ...placement, seatsTaken: Math.min(placement.seatsTaken, placement.seats) }));

export const participantsArbitrary = (maxLength: number) =>
  fc
    .integer({ min: 0, max: maxLength })
    .chain((count) =>
      fc.tuple(...Array.from({ length: count }, (_, n) => participantArbitrary(idFor('PART', n)))),
    );

export const placementsArbitrary = (maxLength: number) =>
  fc
    .integer({ min: 0, max: maxLength })
    .chain((count) =>
      fc.tuple(...Array.from({ length: count }, (_, n) => placementArbitrary(idFor('PLAC', n)))),
    );

export const weightsArbitrary = fc
  .record({
    interest: fc.integer({ min: 0, max: 100 }),
    tasks: fc.integer({ min: 0, max: 100 }),
    capabilities: fc.integer({ min: 0, max: 100 }),
    environment: fc.integer({ min: 0, max: 100 }),
    travel: fc.integer({ min: 0, max: 100 }),
    support: fc.integer({ min: 0, max: 100 }),
  })
  .filter((weights) => Object.values(weights).some((value) => value > 0));
