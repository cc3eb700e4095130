import type { MatchParticipant, MatchPlacement } from '#shared/domain/matching/index';
import type { EnvironmentNeed } from '#shared/schemas/participant';
import {
  type EnvironmentTag,
  sectors,
  type Task,
  type Trait,
  tasks,
  taskTraits,
  traits,
  type Weekday,
} from '#shared/schemas/vocabulary';

// Generated participants and placements for the bench, from a fixed seed so every run
// measures the same work. Mostly Malmö, a few in Lund and Trelleborg, like a real tenant.

export type Random = () => number;

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
function pickSome<T>(random: Random, values: readonly T[], count: number): T[] {
  const pool = [...values];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return chosen;
}

const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const postcodePrefixes = ['211', '212', '213', '214', '215', '216', '217', '218', '211', '214', '223', '231'];
const postcode = (random: Random) => `${pick(random, postcodePrefixes)}${String(between(random, 10, 99))}`;
const needs: EnvironmentNeed[] = [
  'needs_quiet',
  'no_customer_contact',
  'few_people',
  'no_heavy_lifting',
  'indoor_only',
];
const tags: EnvironmentTag[] = [
  'quiet',
  'noisy',
  'indoor',
  'outdoor',
  'physical',
  'customer_contact',
  'many_people',
];

export function id(prefix: string, n: number): string {
  return `01J${prefix}${String(n).padStart(23 - prefix.length, '0')}`;
}

export function generateParticipant(random: Random, n: number): MatchParticipant {
  return {
    id: id('PART', n),
    // One stage and one kind that may start each other: the bench measures scoring.
    stage: 'prework',
    interests: pickSome(random, sectors, between(random, 0, 5)),
    preferredTasks: pickSome<Task>(random, tasks, between(random, 0, 5)),
    availability: {
      kind: random() < 0.6 ? 'fullDay' : 'halfDay',
      weekdays: pickSome(random, weekdays, between(random, 3, 5)),
    },
    supportLevel: between(random, 1, 4),
    environmentNeeds: pickSome(random, needs, random() < 0.5 ? 0 : between(random, 1, 2)),
    capabilities: pickSome<Trait>(random, traits, between(random, 5, 15)),
    home: { postcode: postcode(random), area: 'Malmö' },
    maxTravelMinutes: between(random, 25, 90),
  };
}

export function generatePlacement(random: Random, n: number): MatchPlacement {
  const placementTasks = pickSome<Task>(random, tasks, between(random, 1, 4));
  const demanded = [...new Set(placementTasks.flatMap((task) => taskTraits[task]))];
  const seats = between(random, 1, 4);
  return {
    id: id('PLAC', n),
    kind: 'learning_placement',
    sector: pick(random, sectors),
    tasks: placementTasks,
    traits: pickSome(random, demanded, between(random, 1, demanded.length)),
    seats,
    seatsTaken: 0,
    schedule: {
      kind: random() < 0.4 ? 'fullDay' : 'halfDay',
      weekdays: pickSome(random, weekdays, between(random, 1, 3)),
    },
    maxSupportLevel: between(random, 2, 4),
    environment: pickSome(random, tags, between(random, 0, 2)),
    supervisorOnSite: random() < 0.7,
    location: { postcode: postcode(random), area: 'Malmö' },
    status: random() < 0.95 ? 'open' : 'closed',
  };
}

export function generate<T>(seed: number, count: number, make: (random: Random, n: number) => T): T[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => make(random, n + 1));
}
