import type { Role } from '../schemas/common.ts';
import { MatchStatus } from '../schemas/match.ts';
import type { Stage } from '../schemas/vocabulary.ts';

export interface MatchStep {
  /** Seats the placement gains (+1 taken) or frees (−1) with this step. */
  seatChange: 1 | 0 | -1;
  /** Whether the participant/placement pair may be proposed again afterwards. */
  ends: boolean;
}

type Actor = 'employer' | 'staff';

// from → to → who may take the step, and what it does to seats.
const steps: Partial<Record<MatchStatus, Partial<Record<MatchStatus, { by: Actor[] } & MatchStep>>>> = {
  proposed: {
    accepted: { by: ['employer'], seatChange: 1, ends: false },
    declined: { by: ['employer'], seatChange: 0, ends: true },
    cancelled: { by: ['staff'], seatChange: 0, ends: true },
  },
  accepted: {
    started: { by: ['staff', 'employer'], seatChange: 0, ends: false },
    cancelled: { by: ['staff', 'employer'], seatChange: -1, ends: true },
  },
  started: {
    completed: { by: ['staff'], seatChange: -1, ends: true },
    cancelled: { by: ['staff', 'employer'], seatChange: -1, ends: true },
  },
};

export type MatchStepCheck = ({ ok: true } & MatchStep) | { ok: false; forbidden: boolean; reason: string };

export function checkMatchStep(from: MatchStatus, to: MatchStatus, role: Role): MatchStepCheck {
  const step = steps[from]?.[to];
  if (!step) return { ok: false, forbidden: false, reason: `A ${from} match cannot become ${to}.` };
  const actor: Actor = role === 'employer' ? 'employer' : 'staff';
  if (!step.by.includes(actor)) {
    return {
      ok: false,
      forbidden: true,
      reason: `Only ${step.by.join(' or ')} may make a ${from} match ${to}.`,
    };
  }
  return { ok: true, seatChange: step.seatChange, ends: step.ends };
}

/** The statuses a match in `from` may take next by someone in `role`, in lifecycle order. */
export function nextMatchSteps(from: MatchStatus, role: Role): MatchStatus[] {
  return MatchStatus.options.filter((to) => checkMatchStep(from, to, role).ok);
}

export const openMatchStatuses: MatchStatus[] = ['proposed', 'accepted', 'started'];

/** A match still in play: it holds or may take a seat, and the pair may not be proposed again. */
export const isOpenMatch = (status: MatchStatus) => openMatchStatuses.includes(status);

/** Participants on these steps are waiting for a placement; batch matching considers them. */
export const waitingStages = [
  'group_activity',
  'individual_placement',
  'prework',
] as const satisfies readonly Stage[];
