import type { Said } from '../messages/language.ts';
import type { Participant } from '../schemas/participant.ts';
import { listLabels } from './matching/labels.ts';

// A coach may save a participant as a draft (name, birth year, gender, support
// level and a first interest) and fill in the rest later. Matching needs two more
// things before it can try a placement: where the person lives and which days they
// can come. Everything else has a neutral default (empty lists, no consent).

export const matchingNeeds = ['home', 'availability'] as const;
export type MatchingNeed = (typeof matchingNeeds)[number];

export const matchingNeedLabels: Record<MatchingNeed, Said> = {
  home: { sv: 'var hen bor', en: 'where they live' },
  availability: { sv: 'vilka dagar hen kan', en: 'which days they can come' },
};

/** What the profile still lacks before matching can try it; empty when it is complete. */
export function profileGaps(participant: Pick<Participant, MatchingNeed>): MatchingNeed[] {
  return matchingNeeds.filter((need) => participant[need] === undefined);
}

/** The reason a draft profile is left out of matching, in words a coach reads aloud. */
export function incompleteProfileReason(gaps: readonly MatchingNeed[]): Said {
  const missing = listLabels(gaps.map((gap) => matchingNeedLabels[gap]));
  return {
    sv: `Profilen är inte klar: fyll i ${missing.sv}, så kan platsen prövas.`,
    en: `The profile is not finished: add ${missing.en} to try this placement.`,
  };
}
