import type { Role } from '../schemas/common.ts';
import type { Match, MatchOutcome, MatchPatch, MatchStatus } from '../schemas/match.ts';
import type { Participant } from '../schemas/participant.ts';
import type { Placement } from '../schemas/placement.ts';
import type { Stage } from '../schemas/vocabulary.ts';
import { addDays, swedishDate } from './calendar.ts';
import { checkMatchStep } from './match-lifecycle.ts';
import { checkStep } from './pathway.ts';
import { checkMayStart, stageAtStart } from './placement-kind.ts';
import { type Refusal, refuse } from './refusal.ts';

export type StepField = 'reason' | 'startDate' | 'outcome';
type Target = Exclude<MatchStatus, 'proposed'>;

// Each step takes its own fields and no others: an employer who declines cannot
// also record an outcome, and a start cannot carry a decline reason.
const stepFields: Record<Target, { required: StepField[]; optional: StepField[] }> = {
  accepted: { required: [], optional: [] },
  declined: { required: [], optional: ['reason'] },
  cancelled: { required: [], optional: ['reason'] },
  started: { required: ['startDate'], optional: [] },
  completed: { required: ['outcome'], optional: [] },
};

/** The fields a step to `target` takes, required ones first; a form asks for these and no others. */
export function matchStepFields(target: Target): StepField[] {
  const { required, optional } = stepFields[target];
  return [...required, ...optional];
}

/** The employer's own answers to a proposal, which a coach may record for them (`onBehalf`). */
export const employerAnswerSteps: readonly Target[] = ['accepted', 'declined'];

/** How far a start may be dated from today: a start recorded late, or planned ahead. */
export const startDateWindow = { daysBack: 60, daysAhead: 365 };

// Outcomes that are also pathway stages move the participant there when the placement ends.
const stageAfterOutcome: Partial<Record<MatchOutcome, Stage>> = {
  employed: 'employed',
  studies: 'studies',
  reinforced_cooperation: 'reinforced_cooperation',
};

export interface MatchChangeInput {
  current: Match;
  patch: MatchPatch;
  participant: Participant;
  /** The placement's kind decides who may take its seat and the stage a start means. */
  placement: Pick<Placement, 'kind'>;
  actor: { role: Role; userId: string };
  now: Date;
}

export type MatchChangePlan =
  | { ok: true; unchanged: true }
  | {
      ok: true;
      unchanged: false;
      next: Match;
      /** +1 takes a seat on the placement, −1 frees one. */
      seatChange: 1 | 0 | -1;
      /** The match is over: the pair may be proposed again. */
      ends: boolean;
      stageMove?: { to: Stage; date: string };
    };

const fieldNotAllowed = (field: string, step: string) =>
  refuse('match.field_not_allowed', field, {
    sv: `Fältet hör inte till steget ${step}.`,
    en: `This field does not belong to the step ${step}.`,
  });

/**
 * What a requested change does to a match: the next match, its seat and stage
 * effects, or why it is refused. Pure: the caller reads and writes.
 */
export function planMatchChange(input: MatchChangeInput): MatchChangePlan | Refusal {
  const { current, patch, actor } = input;
  if (patch.consentToShare !== undefined) return planConsent(input);
  if (patch.status === undefined) {
    return refuse('match.nothing_to_change', 'status', {
      sv: 'Skriv en ny status eller ett samtycke.',
      en: 'Give a new status or a consent.',
    });
  }
  const target = patch.status;
  const fields = stepFields[target];
  for (const field of ['reason', 'startDate', 'outcome'] as const) {
    const given = patch[field] !== undefined;
    if (given && !fields.required.includes(field) && !fields.optional.includes(field)) {
      return fieldNotAllowed(field, target);
    }
    if (!given && fields.required.includes(field)) return missing(field);
  }
  if (patch.employment !== undefined && !(target === 'completed' && patch.outcome === 'employed')) {
    return fieldNotAllowed('employment', target);
  }
  const answer = checkAnswerForEmployer(input, target);
  if (answer) return answer;
  // A coach who records the employer's answer takes the employer's step, saying how it was given.
  const stepRole = patch.onBehalf ? 'employer' : actor.role;

  // A retried request that asks for the state the match is already in changes nothing.
  if (target === current.status) {
    const same =
      (patch.startDate === undefined || patch.startDate === current.startDate) &&
      (patch.outcome === undefined || patch.outcome === current.outcome);
    if (same) return { ok: true, unchanged: true };
  }

  const step = checkMatchStep(current.status, target, stepRole);
  if (!step.ok) {
    return refuse(step.forbidden ? 'match.step_not_yours' : 'match.step_not_allowed', 'status', {
      sv: `Ett förslag med status ${current.status} kan inte bli ${target}${step.forbidden ? ' av dig' : ''}.`,
      en: step.reason,
    });
  }

  // Nobody takes a seat, or starts on it, whose stage cannot start this kind of placement.
  if (target === 'accepted' || target === 'started') {
    const refusal = checkMayStart(input.participant.stage, input.placement.kind, 'status');
    if (refusal) return refusal;
  }

  const today = swedishDate(input.now);
  if (target === 'started') {
    const earliest = addDays(today, -startDateWindow.daysBack);
    const latest = addDays(today, startDateWindow.daysAhead);
    if (patch.startDate! < earliest || patch.startDate! > latest) {
      return refuse('match.start_date_out_of_range', 'startDate', {
        sv: `Startdatumet ska vara mellan ${earliest} och ${latest}.`,
        en: `The start date must be between ${earliest} and ${latest}.`,
      });
    }
  }

  const stageMove = stageMoveFor(target, patch, today, input);
  if (stageMove && stageMove.to !== input.participant.stage) {
    const refusal = checkStep(input.participant, stageMove, today, {
      to: 'status',
      date: target === 'started' ? 'startDate' : 'status',
    });
    if (refusal) return refusal;
  }

  const at = input.now.toISOString();
  const next: Match = {
    ...current,
    status: target,
    ...(target === 'declined' && patch.reason ? { declineReason: patch.reason } : {}),
    ...(patch.startDate ? { startDate: patch.startDate } : {}),
    ...(patch.outcome ? { outcome: patch.outcome } : {}),
    history: [
      ...current.history,
      {
        status: target,
        at,
        by: actor.userId,
        ...(patch.reason ? { reason: patch.reason } : {}),
        ...(patch.onBehalf ? { onBehalf: patch.onBehalf } : {}),
      },
    ],
  };
  return {
    ok: true,
    unchanged: false,
    next,
    seatChange: step.seatChange,
    ends: step.ends,
    ...(stageMove && stageMove.to !== input.participant.stage ? { stageMove } : {}),
  };
}

function planConsent({ current, patch, actor, now }: MatchChangeInput): MatchChangePlan | Refusal {
  for (const field of ['status', 'reason', 'startDate', 'outcome', 'onBehalf', 'employment'] as const) {
    if (patch[field] !== undefined) return fieldNotAllowed(field, 'consent');
  }
  if (actor.role === 'employer') {
    return refuse('match.consent_by_staff_only', 'consentToShare', {
      sv: 'Bara en arbetskonsulent registrerar samtycke.',
      en: 'Only a job coach records consent.',
    });
  }
  const shared = current.consent.sharedSummary && current.consent.revokedAt === undefined;
  if (patch.consentToShare === shared) return { ok: true, unchanged: true };
  const at = now.toISOString();
  const consent = patch.consentToShare
    ? { sharedSummary: true, recordedAt: at, recordedBy: actor.userId }
    : { ...current.consent, sharedSummary: false, revokedAt: at };
  return { ok: true, unchanged: false, next: { ...current, consent }, seatChange: 0, ends: false };
}

function stageMoveFor(
  target: Target,
  patch: Pick<MatchPatch, 'startDate' | 'outcome'>,
  today: string,
  { participant, placement }: Pick<MatchChangeInput, 'participant' | 'placement'>,
): { to: Stage; date: string } | undefined {
  if (target === 'started') {
    // The stage the kind means, when that is a step (a company group keeps group activity).
    const to = stageAtStart(participant.stage, placement.kind);
    return to ? { to, date: patch.startDate! } : undefined;
  }
  if (target === 'completed') {
    const to = stageAfterOutcome[patch.outcome!];
    return to ? { to, date: today } : undefined;
  }
  return undefined;
}

/**
 * Whether a match that has reached `status` (with its outcome) may have moved the
 * participant's stage: a start may (it depends on the kind and the stage), a completion
 * into work, studies or reinforced cooperation does.
 */
export function stepMovesStage(match: Pick<Match, 'status' | 'outcome' | 'startDate'>): boolean {
  if (match.status === 'started') return true;
  if (match.status !== 'completed' || !match.outcome) return false;
  return stageAfterOutcome[match.outcome] !== undefined;
}

/**
 * An employer answers a proposal itself; a coach may record that answer for it,
 * and then must say how, by whom and when it was given (never later than today,
 * never before the proposal). Nobody else sends `onBehalf`.
 */
function checkAnswerForEmployer({ current, patch, actor, now }: MatchChangeInput, target: Target) {
  const staff = actor.role !== 'employer';
  const answers = current.status === 'proposed' && employerAnswerSteps.includes(target);
  if (patch.onBehalf === undefined) {
    if (!staff || !answers) return undefined;
    return refuse('match.field_required', 'onBehalf', {
      sv: 'Skriv hur arbetsgivaren svarade: på vilket sätt, vem som svarade och när.',
      en: 'Say how the employer answered: by what means, who answered and when.',
    });
  }
  if (!staff || !answers) return fieldNotAllowed('onBehalf', target);
  const earliest = swedishDate(new Date(current.createdAt));
  const today = swedishDate(now);
  if (patch.onBehalf.date < earliest || patch.onBehalf.date > today) {
    return refuse('match.answer_date_out_of_range', 'onBehalf.date', {
      sv: `Datumet för svaret ska vara mellan ${earliest} och ${today}.`,
      en: `The date of the answer must be between ${earliest} and ${today}.`,
    });
  }
  return undefined;
}

const missing = (field: StepField) =>
  refuse('match.field_required', field, {
    sv: field === 'startDate' ? 'Skriv startdatum.' : 'Välj hur platsen slutade.',
    en: field === 'startDate' ? 'Give the start date.' : 'Choose how the placement ended.',
  });
