import type { EnvironmentNeed } from '../../schemas/participant.ts';
import type { EnvironmentTag, Trait } from '../../schemas/vocabulary.ts';

// How a participant's environment needs meet a placement's environment tags and trait demands.
export interface NeedRule {
  /** A placement with any of these tags conflicts with the need … */
  conflictingTags: readonly EnvironmentTag[];
  /** … unless it also has one of these (a place both indoors and outdoors offers outdoor work). */
  unlessTags: readonly EnvironmentTag[];
  /** A placement demanding any of these traits conflicts with the need. */
  conflictingTraits: readonly Trait[];
  /** The tag that confirms the need is met; counts toward environment fit. */
  wantedTag?: EnvironmentTag;
}

export const needRules: Record<EnvironmentNeed, NeedRule> = {
  needs_quiet: {
    conflictingTags: ['noisy'],
    unlessTags: [],
    conflictingTraits: ['noise_tolerance'],
    wantedTag: 'quiet',
  },
  indoor_only: {
    conflictingTags: ['outdoor'],
    unlessTags: [],
    conflictingTraits: ['outdoor_work'],
    wantedTag: 'indoor',
  },
  outdoor_only: {
    conflictingTags: ['indoor'],
    unlessTags: ['outdoor'],
    conflictingTraits: [],
    wantedTag: 'outdoor',
  },
  no_customer_contact: {
    conflictingTags: ['customer_contact'],
    unlessTags: [],
    conflictingTraits: ['customer_contact'],
  },
  few_people: {
    conflictingTags: ['many_people'],
    unlessTags: [],
    conflictingTraits: ['crowd_tolerance'],
    wantedTag: 'few_people',
  },
  no_heavy_lifting: { conflictingTags: [], unlessTags: [], conflictingTraits: ['lifting'] },
};

// Environment tags that ask something of the person, checked against their capabilities
// for environment fit: a noisy place suits someone who copes with noise.
export const tagDemands: Partial<Record<EnvironmentTag, Trait>> = {
  noisy: 'noise_tolerance',
  many_people: 'crowd_tolerance',
  customer_contact: 'customer_contact',
  outdoor: 'outdoor_work',
  physical: 'gross_motor',
};
