import { bitCount } from './masks.ts';
import { factorIndex, type PreparedParticipant, type PreparedPlacement } from './prepare.ts';

// Each factor is a fraction 0–1 of its weight. The score is the weighted mean × 100,
// so it stays within 0–100 whatever weights a tenant chooses.

/** Share of an unknown factor (no interests or tasks chosen, no travel estimate): neither helps nor hurts much. */
export const unknownShare = 0.5;
/** Each step down the interest list keeps this share of the previous step's points. */
export const interestDecay = 0.75;
/** This many matching tasks give full task points. */
export const tasksForFullPoints = 3;
/** A trip this short gives full travel points. */
export const shortTripMinutes = 15;

export function interestShare(participant: PreparedParticipant, placement: PreparedPlacement): number {
  if (participant.interestRank.size === 0) return unknownShare;
  const rank = participant.interestRank.get(placement.source.sector);
  return rank === undefined ? 0 : interestDecay ** rank;
}

export function taskShare(participant: PreparedParticipant, placement: PreparedPlacement): number {
  const preferred = bitCount(participant.taskMask);
  if (preferred === 0) return unknownShare;
  const overlap = bitCount(participant.taskMask & placement.taskMask);
  const enough = Math.min(tasksForFullPoints, preferred, bitCount(placement.taskMask));
  return enough === 0 ? 0 : Math.min(1, overlap / enough);
}

export function capabilityShare(participant: PreparedParticipant, placement: PreparedPlacement): number {
  const demanded = bitCount(placement.traitMask);
  if (demanded === 0) return 1;
  return bitCount(placement.traitMask & participant.capabilityMask) / demanded;
}

export function environmentShare(participant: PreparedParticipant, placement: PreparedPlacement): number {
  const checks = bitCount(participant.wantedTagMask) + bitCount(placement.tagDemandMask);
  if (checks === 0) return 1;
  const met =
    bitCount(participant.wantedTagMask & placement.tagMask) +
    bitCount(placement.tagDemandMask & participant.capabilityMask);
  return met / checks;
}

export function travelShare(participant: PreparedParticipant, minutes: number | undefined): number {
  if (minutes === undefined) return unknownShare;
  if (minutes <= shortTripMinutes) return 1;
  const limit = participant.source.maxTravelMinutes;
  return Math.max(0, Math.min(1, (limit - minutes) / (limit - shortTripMinutes)));
}

export function supportShare(placement: PreparedPlacement): number {
  return placement.source.supervisorOnSite ? 1 : 0;
}

/** The score in tenths of a point (0–1000), an integer so sums and ties are exact. */
export function scoreTenths(
  participant: PreparedParticipant,
  placement: PreparedPlacement,
  minutes: number | undefined,
): number {
  const w = participant.weights;
  if (participant.weightTotal <= 0) return 0;
  const weighted =
    w[factorIndex.interest]! * interestShare(participant, placement) +
    w[factorIndex.tasks]! * taskShare(participant, placement) +
    w[factorIndex.capabilities]! * capabilityShare(participant, placement) +
    w[factorIndex.environment]! * environmentShare(participant, placement) +
    w[factorIndex.travel]! * travelShare(participant, minutes) +
    w[factorIndex.support]! * supportShare(placement);
  return Math.round((weighted / participant.weightTotal) * 1000);
}
