import type { Said } from '../messages/language.ts';
import type { InterestPlacementState } from '../schemas/easy-read.ts';
import type { ScoreReason } from '../schemas/matching.ts';
import type { Placement } from '../schemas/placement.ts';
import { type Refusal, refuse } from './refusal.ts';

// The participant's own view (lättläst): what of a ranking a participant reads, in
// short sentences and without numbers that are scores. Pure, so the API builds the
// view with it and the tests check it without a database.

/** The number of reasons a card shows: two or three short lines are easier than six. */
export const easyReasonCount = 3;

// Reasons that only say what the profile lacks are for the coach, not the participant.
const unknownOpening: Said = { sv: 'Vi vet inte', en: 'We do not know' };

/** How much of a factor's points the pair got, 0–1. */
const shareOf = (reason: ScoreReason) => (reason.maxPoints > 0 ? reason.points / reason.maxPoints : 0);

/**
 * The reasons a participant reads on a card: the factors where the placement fits
 * best, strongest first (factor order breaks ties), as their plain sentences only —
 * never the points.
 */
export function easyReasons(reasons: readonly ScoreReason[], count = easyReasonCount): Said[] {
  return reasons
    .filter((reason) => reason.maxPoints > 0 && !reason.sv.startsWith(unknownOpening.sv))
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => shareOf(b.reason) - shareOf(a.reason) || a.index - b.index)
    .slice(0, count)
    .map(({ reason }) => ({ sv: reason.sv, en: reason.en }));
}

/** A text cut into its sentences, one idea per line ("Du packar varor. Du får hjälp." → two lines). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** The state of the placement behind a marked interest, as the profile shows it. */
export const interestState = (placement: Placement | undefined): InterestPlacementState =>
  placement ? placement.status : 'gone';

/**
 * Whether a participant's interest can be marked for this placement: it must be
 * one people can start at or wait for (open or full), not a draft or a closed one.
 */
export function checkInterestPlacement(placement: Placement): Refusal | undefined {
  if (placement.status === 'open' || placement.status === 'full') return undefined;
  return refuse('interest.placement_not_open', 'placementId', {
    sv: `Platsen ”${placement.title}” är inte öppen, så det går inte att visa intresse för den.`,
    en: `The placement “${placement.title}” is not open, so interest cannot be marked for it.`,
  });
}
