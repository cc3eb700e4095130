import type { MatchOutcome } from '../../schemas/match.ts';
import type { Gender, Stage } from '../../schemas/vocabulary.ts';
import { addDays } from '../calendar.ts';
import { addMonths } from '../support-after-hire.ts';

// The indicators for a period, as pure functions over the facts the repository read
// for it (docs/data-model.md, patterns 17 and 56–60). Every count of people is split
// by gender with a total; the exact numbers come out here, and `suppressSmall`
// (suppress.ts) hides small groups before anything leaves the server.

export interface Period {
  from: string;
  to: string;
}

export type Counts = Record<Gender | 'total', number>;

/** A step on the pathway, with the gender recorded at the time and when the stage it left began. */
export interface TransitionFact {
  participantId: string;
  gender: Gender;
  from: Stage | null;
  /** The date the `from` stage began; absent for an entry into the pathway. */
  fromDate?: string;
  to: Stage;
  date: string;
}

/** A time in one stage: closed (with `end`) or still running. */
export interface SpellFact {
  participantId: string;
  gender: Gender;
  stage: Stage;
  start: string;
  end?: string;
}

export interface MatchFact {
  matchId: string;
  employerId: string;
  gender: Gender;
  step: 'started' | 'completed';
  outcome?: MatchOutcome;
  date: string;
}

export interface SignupFact {
  eventKind: string;
  eventDate: string;
  gender: Gender;
  employerId?: string;
  attended: boolean;
  cancelled: boolean;
}

export interface SupportCallFact {
  employerId: string;
  gender: Gender;
  date: string;
}

export interface FollowUpFact {
  gender: Gender;
  dueDate: string;
  doneDate: string;
}

/** A hire (a step into `employed`) and whether the person was still employed on a mark. */
export interface HireFact {
  participantId: string;
  gender: Gender;
  hireDate: string;
  /** The day the employment ended, if it has. */
  endDate?: string;
}

export interface PlacementFact {
  employerId: string;
  /** Open at some time in the period (see docs/data-model.md, pattern 59). */
  open: boolean;
}

export interface IndicatorFacts {
  transitions: TransitionFact[];
  spells: SpellFact[];
  matches: MatchFact[];
  signups: SignupFact[];
  supportCalls: SupportCallFact[];
  supportRequests: { date: string }[];
  followUps: FollowUpFact[];
  hires: HireFact[];
  placements: PlacementFact[];
}

export interface DurationStat {
  steps: number;
  meanDays: number | null;
  medianDays: number | null;
}

export type DurationStats = Record<Gender | 'total', DurationStat>;

export interface ExactIndicators {
  from: string;
  to: string;
  prework: { inPeriod: Counts; entered: Counts };
  transitions: Record<
    'employed' | 'studies' | 'reinforced_cooperation' | 'exited' | 'group_to_individual',
    Counts
  >;
  durations: { prework: DurationStats; learning_placement: DurationStats };
  employers: { involved: number; placementsOpen: number };
  matches: { started: Counts; completed: Record<MatchOutcome, Counts> };
  retention: {
    sixMonths: { hires: Counts; stillEmployed: Counts };
    twelveMonths: { hires: Counts; stillEmployed: Counts };
  };
  events: { kind: string; signups: Counts; attended: Counts }[];
  support: { calls: Counts; requests: number; followUpsOnTime: Counts; followUpsLate: Counts };
  monthly: { month: string; employed: Counts; studies: Counts }[];
}

const genderList: readonly Gender[] = ['woman', 'man', 'other', 'unspecified'];
const outcomes: readonly MatchOutcome[] = [
  'employed',
  'studies',
  'reinforced_cooperation',
  'returned',
  'other',
];

export const zeroCounts = (): Counts => ({ woman: 0, man: 0, other: 0, unspecified: 0, total: 0 });

/** Counts people (or facts) by gender; `key` makes a person counted once. */
export function countByGender<T extends { gender: Gender }>(
  items: readonly T[],
  key?: (item: T) => string,
): Counts {
  const counts = zeroCounts();
  const seen = new Set<string>();
  for (const item of items) {
    if (key) {
      const id = key(item);
      if (seen.has(id)) continue;
      seen.add(id);
    }
    counts[item.gender] += 1;
    counts.total += 1;
  }
  return counts;
}

const inPeriod = (date: string, period: Period) => date >= period.from && date <= period.to;

/** Whole days from one date to another. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function durationStat(days: readonly number[]): DurationStat {
  if (days.length === 0) return { steps: 0, meanDays: null, medianDays: null };
  const sorted = [...days].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { steps: sorted.length, meanDays: Math.round(mean * 10) / 10, medianDays: median };
}

/** Days in `stage` before the next step, for steps out of it taken in the period. */
function durations(transitions: readonly TransitionFact[], stage: Stage): DurationStats {
  const left = transitions.filter((step) => step.from === stage && step.fromDate !== undefined);
  const days = (gender?: Gender) =>
    left
      .filter((step) => gender === undefined || step.gender === gender)
      .map((step) => daysBetween(step.fromDate as string, step.date));
  return {
    woman: durationStat(days('woman')),
    man: durationStat(days('man')),
    other: durationStat(days('other')),
    unspecified: durationStat(days('unspecified')),
    total: durationStat(days()),
  };
}

/** The months (YYYY-MM) a period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let month = period.from.slice(0, 7);
  const last = period.to.slice(0, 7);
  while (month <= last) {
    months.push(month);
    month = addMonths(`${month}-01`, 1).slice(0, 7);
  }
  return months;
}

/** Hires whose `months` mark falls in the period, and whether they were still employed on it. */
function retention(hires: readonly HireFact[], period: Period, months: number) {
  const due = hires.filter((hire) => inPeriod(addMonths(hire.hireDate, months), period));
  const kept = due.filter(
    (hire) => hire.endDate === undefined || hire.endDate > addMonths(hire.hireDate, months),
  );
  const byHire = (hire: HireFact) => `${hire.participantId}#${hire.hireDate}`;
  return { hires: countByGender(due, byHire), stillEmployed: countByGender(kept, byHire) };
}

/** The period's hire dates a retention mark can fall in: from 12 months before `from` to 6 before `to`. */
export function hireWindow(period: Period): Period {
  // A few days wider: a month end maps several hire days onto one mark (31 Aug + 6 = 28 Feb).
  return { from: addDays(addMonths(period.from, -12), -3), to: addDays(addMonths(period.to, -6), 3) };
}

export function computeIndicators(period: Period, facts: IndicatorFacts): ExactIndicators {
  const steps = facts.transitions.filter((step) => inPeriod(step.date, period));
  const byPerson = (item: { participantId: string }) => item.participantId;
  const stepsTo = (stage: Stage) => steps.filter((step) => step.to === stage);

  const preworkSpells = facts.spells.filter(
    (spell) =>
      spell.stage === 'prework' &&
      spell.start <= period.to &&
      (spell.end === undefined || spell.end >= period.from),
  );
  // A step into prework in the period is also a spell in it, whether or not it was read as one.
  const inPrework = [...preworkSpells, ...stepsTo('prework')];

  const matches = facts.matches.filter((match) => inPeriod(match.date, period));
  const completed = Object.fromEntries(
    outcomes.map((outcome) => [
      outcome,
      countByGender(
        matches.filter((match) => match.step === 'completed' && match.outcome === outcome),
        (match) => match.matchId,
      ),
    ]),
  ) as Record<MatchOutcome, Counts>;

  const signups = facts.signups.filter((signup) => inPeriod(signup.eventDate, period));
  const eventKinds = [...new Set(signups.map((signup) => signup.eventKind))].sort();
  const calls = facts.supportCalls.filter((call) => inPeriod(call.date, period));
  const followUps = facts.followUps.filter((followUp) => inPeriod(followUp.doneDate, period));

  const employers = new Set<string>();
  for (const placement of facts.placements) if (placement.open) employers.add(placement.employerId);
  for (const match of matches) employers.add(match.employerId);
  for (const signup of signups) if (signup.attended && signup.employerId) employers.add(signup.employerId);
  for (const call of calls) employers.add(call.employerId);

  return {
    from: period.from,
    to: period.to,
    prework: {
      inPeriod: countByGender(inPrework, byPerson),
      entered: countByGender(stepsTo('prework'), byPerson),
    },
    transitions: {
      employed: countByGender(stepsTo('employed')),
      studies: countByGender(stepsTo('studies')),
      reinforced_cooperation: countByGender(stepsTo('reinforced_cooperation')),
      exited: countByGender(stepsTo('exited')),
      group_to_individual: countByGender(
        steps.filter((step) => step.from === 'group_activity' && step.to === 'individual_placement'),
      ),
    },
    durations: {
      prework: durations(steps, 'prework'),
      learning_placement: durations(steps, 'learning_placement'),
    },
    employers: {
      involved: employers.size,
      placementsOpen: facts.placements.filter((placement) => placement.open).length,
    },
    matches: {
      started: countByGender(
        matches.filter((match) => match.step === 'started'),
        (match) => match.matchId,
      ),
      completed,
    },
    retention: {
      sixMonths: retention(facts.hires, period, 6),
      twelveMonths: retention(facts.hires, period, 12),
    },
    events: eventKinds.map((kind) => {
      const ofKind = signups.filter((signup) => signup.eventKind === kind);
      return {
        kind,
        signups: countByGender(ofKind.filter((signup) => !signup.cancelled)),
        attended: countByGender(ofKind.filter((signup) => signup.attended)),
      };
    }),
    support: {
      calls: countByGender(calls),
      requests: facts.supportRequests.filter((request) => inPeriod(request.date, period)).length,
      followUpsOnTime: countByGender(followUps.filter((followUp) => followUp.doneDate <= followUp.dueDate)),
      followUpsLate: countByGender(followUps.filter((followUp) => followUp.doneDate > followUp.dueDate)),
    },
    monthly: monthsOf(period).map((month) => ({
      month,
      employed: countByGender(stepsTo('employed').filter((step) => step.date.startsWith(month))),
      studies: countByGender(stepsTo('studies').filter((step) => step.date.startsWith(month))),
    })),
  };
}

export { genderList };
