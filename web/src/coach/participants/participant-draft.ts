import type { Consent, EnvironmentNeed } from '#shared/schemas/participant';
import type { Gender, ScheduleKind, Stage, Task, Trait, Weekday } from '#shared/schemas/vocabulary';
import type { Participant } from '../../api/types.ts';
import type { Messages } from '../../i18n/sv.ts';

/** The participant form as typed: text for text inputs, '' for a choice not made yet. */
export interface ParticipantDraft {
  firstName: string;
  lastName: string;
  gender: Gender | '';
  birthYear: string;
  /** The coach's user id, picked from the tenant's coaches. */
  coachId: string;
  /** Only for a new participant; later steps are transitions. */
  stage: Stage;
  interests: string[];
  preferredTasks: Task[];
  availabilityKind: ScheduleKind | '';
  weekdays: Weekday[];
  supportLevel: string;
  environmentNeeds: EnvironmentNeed[];
  capabilities: Trait[];
  postcode: string;
  area: string;
  /** Empty on a new participant: the municipality's default. */
  maxTravelMinutes: string;
  goal: string;
  consent: boolean;
  consentGivenAt: string;
}

export function newParticipantDraft(coachId: string): ParticipantDraft {
  return {
    firstName: '',
    lastName: '',
    gender: '',
    birthYear: '',
    coachId,
    stage: 'group_activity',
    interests: [],
    preferredTasks: [],
    availabilityKind: '',
    weekdays: [],
    supportLevel: '',
    environmentNeeds: [],
    capabilities: [],
    postcode: '',
    area: '',
    maxTravelMinutes: '',
    goal: '',
    consent: false,
    consentGivenAt: '',
  };
}

export function draftFromParticipant(participant: Participant): ParticipantDraft {
  return {
    firstName: participant.firstName,
    lastName: participant.lastName,
    gender: participant.gender,
    birthYear: String(participant.birthYear),
    coachId: participant.coachId,
    stage: participant.stage,
    interests: participant.interests,
    preferredTasks: participant.preferredTasks,
    availabilityKind: participant.availability?.kind ?? '',
    weekdays: participant.availability?.weekdays ?? [],
    supportLevel: String(participant.supportLevel),
    environmentNeeds: participant.environmentNeeds,
    capabilities: participant.capabilities,
    postcode: participant.home?.postcode ?? '',
    area: participant.home?.area ?? '',
    maxTravelMinutes: String(participant.maxTravelMinutes),
    goal: participant.goal ?? '',
    consent: participant.consent.sharedSummary,
    consentGivenAt: participant.consent.givenAt ?? '',
  };
}

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/**
 * The consent as saved: a new yes with its date; a yes taken back keeps when it was given
 * and gets today's date as when it was revoked; an earlier revocation is kept.
 */
function consentOf(draft: ParticipantDraft, previous: Consent | undefined, today: string) {
  if (draft.consent) return { sharedSummary: true, givenAt: draft.consentGivenAt.trim() || undefined };
  if (previous?.sharedSummary) {
    return {
      sharedSummary: false,
      ...(previous.givenAt ? { givenAt: previous.givenAt } : {}),
      revokedAt: today,
    };
  }
  return {
    sharedSummary: false,
    ...(previous?.givenAt ? { givenAt: previous.givenAt } : {}),
    ...(previous?.revokedAt ? { revokedAt: previous.revokedAt } : {}),
  };
}

/**
 * The draft in the shape of `ParticipantCreate` (with `stage`) or `ParticipantPatch`;
 * empty choices stay missing. Days and home left wholly empty are a draft profile's
 * (filled in later); half-filled, they are sent so the schema names what is missing.
 */
export function toParticipantInput(
  draft: ParticipantDraft,
  options: { create: boolean; previousConsent?: Consent | undefined; today: string },
) {
  const goal = draft.goal.trim();
  return {
    firstName: draft.firstName,
    lastName: draft.lastName,
    gender: draft.gender || undefined,
    birthYear: number(draft.birthYear),
    coachId: draft.coachId,
    interests: draft.interests,
    preferredTasks: draft.preferredTasks,
    availability:
      draft.availabilityKind || draft.weekdays.length > 0
        ? { kind: draft.availabilityKind || undefined, weekdays: draft.weekdays }
        : undefined,
    supportLevel: draft.supportLevel ? Number(draft.supportLevel) : undefined,
    environmentNeeds: draft.environmentNeeds,
    capabilities: draft.capabilities,
    home:
      draft.postcode.trim() || draft.area.trim() ? { postcode: draft.postcode, area: draft.area } : undefined,
    maxTravelMinutes: draft.maxTravelMinutes.trim() === '' ? undefined : number(draft.maxTravelMinutes),
    // A cleared goal is saved as empty on a change, so it really goes away.
    goal: options.create ? goal || undefined : goal,
    consent: consentOf(draft, options.previousConsent, options.today),
    ...(options.create ? { stage: draft.stage } : {}),
  };
}

// The 20 traits in four groups a coach thinks in; `satisfies` below checks none is missing.
export const traitGroups = {
  body: ['standing_long', 'walking_much', 'lifting', 'fine_motor', 'gross_motor', 'outdoor_work'],
  skills: ['reading', 'writing', 'counting', 'computer_use', 'driving_license'],
  ways: [
    'multi_step_instructions',
    'working_pace',
    'teamwork',
    'working_alone',
    'routine_changes',
    'cleanliness_hygiene',
  ],
  surroundings: ['customer_contact', 'crowd_tolerance', 'noise_tolerance'],
} as const satisfies Record<keyof Messages['traitGroups'], readonly Trait[]>;

type GroupedTrait = (typeof traitGroups)[keyof typeof traitGroups][number];
// A trait added to the vocabulary but not to a group fails here.
export const everyTraitGrouped: Exclude<Trait, GroupedTrait> extends never ? true : never = true;

/** Field labels by error path, in the order the form shows them. */
export const participantLabels = (t: Messages): Record<string, string> => ({
  firstName: t.participantForm.firstName,
  lastName: t.participantForm.lastName,
  gender: t.participantForm.gender,
  birthYear: t.participantForm.birthYear,
  coachId: t.participantForm.coach,
  stage: t.participantForm.stage,
  interests: t.participantForm.interests,
  preferredTasks: t.participantForm.tasks,
  'availability.kind': t.participantForm.availabilityKind,
  'availability.weekdays': t.participantForm.weekdays,
  supportLevel: t.participantForm.supportLevel,
  environmentNeeds: t.participantForm.environmentNeeds,
  capabilities: t.participantForm.capabilities,
  'home.postcode': t.participantForm.postcode,
  'home.area': t.participantForm.area,
  maxTravelMinutes: t.participantForm.maxTravel,
  goal: t.participantForm.goal,
  'consent.givenAt': t.participantForm.consentDate,
});
