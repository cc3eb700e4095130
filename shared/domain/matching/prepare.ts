import { defaultWeights, type MatchingWeights } from '../../schemas/matching.ts';
import type { EnvironmentNeed } from '../../schemas/participant.ts';
import { type MatchingNeed, profileGaps } from '../participant-profile.ts';
import { startableKinds } from '../placement-kind.ts';
import { type LocatedPostcode, locatePostcode, travelMinutesBetween } from '../travel.ts';
import { needRules, tagDemands } from './environment.ts';
import { kindBits, maskOf, tagBits, taskBits, traitBits, weekdayBits } from './masks.ts';
import type { MatchParticipant, MatchPlacement } from './types.ts';

// Everything matching asks of one side of a pair, derived once per participant or
// placement rather than once per pair.

/** Positions in the effective weight array, in the order of matchFactors. */
export const factorIndex = {
  interest: 0,
  tasks: 1,
  capabilities: 2,
  environment: 3,
  travel: 4,
  support: 5,
} as const;

export interface PreparedNeed {
  need: EnvironmentNeed;
  conflictTagMask: number;
  unlessTagMask: number;
  conflictTraitMask: number;
}

export interface PreparedParticipant<P extends MatchParticipant = MatchParticipant> {
  source: P;
  interestRank: ReadonlyMap<string, number>;
  taskMask: number;
  capabilityMask: number;
  weekdayMask: number;
  fullDay: boolean;
  /** The placement kinds the participant's stage may start. */
  startableKindMask: number;
  home: LocatedPostcode | undefined;
  /** What a draft profile lacks before it can be matched; empty when complete. */
  profileGaps: readonly MatchingNeed[];
  needs: readonly PreparedNeed[];
  /** Tags that confirm a need is met (quiet for needs_quiet …). */
  wantedTagMask: number;
  /** Effective weight per factor; support scales with the support level. */
  weights: Float64Array;
  weightTotal: number;
  /** The tenant's own sectors by name, for the reasons. */
  sectorNames: Readonly<Record<string, { sv: string; en: string }>> | undefined;
}

export interface PreparedPlacement<P extends MatchPlacement = MatchPlacement> {
  source: P;
  taskMask: number;
  traitMask: number;
  tagMask: number;
  /** Traits the environment tags ask of a person (noisy → noise_tolerance …). */
  tagDemandMask: number;
  kindBit: number;
  weekdayMask: number;
  fullDay: boolean;
  seatsFree: number;
  open: boolean;
  location: LocatedPostcode | undefined;
}

export function prepareParticipant<P extends MatchParticipant>(
  participant: P,
  weights: MatchingWeights = defaultWeights,
  sectorNames?: PreparedParticipant['sectorNames'],
): PreparedParticipant<P> {
  const needs = participant.environmentNeeds.map((need) => {
    const rule = needRules[need];
    return {
      need,
      conflictTagMask: maskOf(rule.conflictingTags, tagBits),
      unlessTagMask: maskOf(rule.unlessTags, tagBits),
      conflictTraitMask: maskOf(rule.conflictingTraits, traitBits),
    };
  });
  const wantedTags = participant.environmentNeeds.flatMap((need) => {
    const wanted = needRules[need].wantedTag;
    return wanted ? [wanted] : [];
  });
  const effective = new Float64Array(6);
  effective[factorIndex.interest] = weights.interest;
  effective[factorIndex.tasks] = weights.tasks;
  effective[factorIndex.capabilities] = weights.capabilities;
  effective[factorIndex.environment] = weights.environment;
  effective[factorIndex.travel] = weights.travel;
  // Someone at support level 4 depends on a supervisor far more than someone at level 1.
  effective[factorIndex.support] = (weights.support * participant.supportLevel) / 4;
  return {
    source: participant,
    interestRank: new Map(participant.interests.map((sector, rank) => [sector, rank])),
    taskMask: maskOf(participant.preferredTasks, taskBits),
    capabilityMask: maskOf(participant.capabilities, traitBits),
    weekdayMask: maskOf(participant.availability?.weekdays ?? [], weekdayBits),
    fullDay: participant.availability?.kind === 'fullDay',
    startableKindMask: maskOf(startableKinds[participant.stage], kindBits),
    home: participant.home ? locatePostcode(participant.home.postcode) : undefined,
    profileGaps: profileGaps(participant),
    needs,
    wantedTagMask: maskOf(wantedTags, tagBits),
    weights: effective,
    weightTotal: effective.reduce((sum, weight) => sum + weight, 0),
    sectorNames,
  };
}

export function preparePlacement<P extends MatchPlacement>(placement: P): PreparedPlacement<P> {
  let tagDemandMask = 0;
  for (const tag of placement.environment) {
    const trait = tagDemands[tag];
    if (trait) tagDemandMask |= traitBits.get(trait) ?? 0;
  }
  return {
    source: placement,
    taskMask: maskOf(placement.tasks, taskBits),
    traitMask: maskOf(placement.traits, traitBits),
    tagMask: maskOf(placement.environment, tagBits),
    tagDemandMask,
    kindBit: kindBits.get(placement.kind) ?? 0,
    weekdayMask: maskOf(placement.schedule.weekdays, weekdayBits),
    fullDay: placement.schedule.kind === 'fullDay',
    seatsFree: placement.seats - placement.seatsTaken,
    open: placement.status === 'open',
    location: locatePostcode(placement.location.postcode),
  };
}

export function pairTravelMinutes(
  participant: PreparedParticipant,
  placement: PreparedPlacement,
): number | undefined {
  const { home } = participant;
  const { location } = placement;
  return home && location ? travelMinutesBetween(home, location) : undefined;
}
