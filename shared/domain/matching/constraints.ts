import type { HardConstraint } from '../../schemas/matching.ts';
import type { PreparedNeed, PreparedParticipant, PreparedPlacement } from './prepare.ts';

// Hard constraints as bits, so the ranking loop can reject a pair without allocating;
// the reasons are spelled out later, only for the pairs someone will read.
export const constraintBit: Record<HardConstraint, number> = {
  status: 1,
  seats: 2,
  supportLevel: 4,
  schedule: 8,
  environment: 16,
  travel: 32,
  stage: 64,
  profile: 128,
};

export function needConflicts(need: PreparedNeed, placement: PreparedPlacement): boolean {
  const tagConflict =
    (placement.tagMask & need.conflictTagMask) !== 0 && (placement.tagMask & need.unlessTagMask) === 0;
  return tagConflict || (placement.traitMask & need.conflictTraitMask) !== 0;
}

/** The failed constraints as a bit set; 0 means the pair may be scored. */
export function failedConstraints(
  participant: PreparedParticipant,
  placement: PreparedPlacement,
  travelMinutes: number | undefined,
): number {
  let failed = 0;
  if (!placement.open) failed |= constraintBit.status;
  if (placement.seatsFree <= 0) failed |= constraintBit.seats;
  // The participant's stage must be one that may start the placement's kind (placement-kind.ts).
  if ((participant.startableKindMask & placement.kindBit) === 0) failed |= constraintBit.stage;
  if (participant.source.supportLevel > placement.source.maxSupportLevel)
    failed |= constraintBit.supportLevel;
  // A draft profile (no home or days yet) is not tried; its schedule is not judged either.
  if (participant.profileGaps.length > 0) failed |= constraintBit.profile;
  // Every placement day must be a day the participant can come, and a full day needs full-day availability.
  else if (
    (placement.weekdayMask & ~participant.weekdayMask) !== 0 ||
    (placement.fullDay && !participant.fullDay)
  ) {
    failed |= constraintBit.schedule;
  }
  for (const need of participant.needs) {
    if (needConflicts(need, placement)) {
      failed |= constraintBit.environment;
      break;
    }
  }
  // An unknown travel time does not exclude: the coach knows the town better than the table.
  if (travelMinutes !== undefined && travelMinutes > participant.source.maxTravelMinutes) {
    failed |= constraintBit.travel;
  }
  return failed;
}
