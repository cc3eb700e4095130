import type { AuditEntry } from '../schemas/audit.ts';
import type { Provision } from '../schemas/compensation.ts';
import type { Employment } from '../schemas/employment.ts';
import type { Participant, Transition } from '../schemas/participant.ts';
import type { Signup } from '../schemas/signup.ts';
import type { SupportCall } from '../schemas/support-call.ts';
import type { SupportRequest } from '../schemas/support-request.ts';
import type { Gender, Stage } from '../schemas/vocabulary.ts';

// What erasure keeps of a participant (GDPR art. 17 with art. 89 statistics): only what
// the indicator and compensation reports of past periods count, under a random
// pseudonym. No name, no contact, no free text; the birth year coarsened to five years.

/** The five-year band a birth year falls in, e.g. 1998 → "1995–1999". */
export function birthYearBand(year: number): string {
  const start = year - (((year % 5) + 5) % 5);
  return `${start}–${start + 4}`;
}

/** The one row that stands for an erased person: the reports read its gender by the pseudonym. */
export interface ErasedParticipant {
  id: string;
  tenant: string;
  gender: Gender;
  birthYearBand: string;
  erasedOn: string;
}

export const erasedParticipant = (
  participant: Pick<Participant, 'tenant' | 'gender' | 'birthYear'>,
  pseudonym: string,
  erasedOn: string,
): ErasedParticipant => ({
  id: pseudonym,
  tenant: participant.tenant,
  gender: participant.gender,
  birthYearBand: birthYearBand(participant.birthYear),
  erasedOn,
});

/** What the compensation report shows instead of a name. */
export const erasedName = 'Raderad deltagare';
const erasedCompanion = 'Raderad följeslagare';

/** A step of the pathway, without its note; the gender copied on so the indicators need no profile. */
export function pseudonymisedTransition(
  transition: Transition,
  pseudonym: string,
  gender: Gender,
): Transition {
  const { note: _note, ...kept } = transition;
  return { ...kept, participantId: pseudonym, gender: transition.gender ?? gender };
}

export const pseudonymisedEmployment = (employment: Employment, pseudonym: string): Employment => ({
  ...employment,
  participantId: pseudonym,
});

export const pseudonymisedProvision = (provision: Provision, pseudonym: string): Provision => ({
  ...provision,
  participantId: pseudonym,
});

/** A sign-up keeps its seat, status and kind (the event counts); who came is gone. */
export function pseudonymisedSignup<T extends Signup & { guards?: unknown[] }>(
  signup: T,
  pseudonym: string,
): T {
  const { email: _email, phone: _phone, organisation: _organisation, ...kept } = signup;
  return {
    ...kept,
    name: signup.companionOf ? erasedCompanion : erasedName,
    needs: { stepFree: false },
    ...(signup.participantId ? { participantId: pseudonym } : {}),
    ...(signup.guards ? { guards: [] } : {}),
  } as T;
}

/** A call stays in the employer's history without the person it was about or its note. */
export function deIdentifiedSupportCall(call: SupportCall): SupportCall {
  const { participantId: _p, note: _n, matchId: _m, employmentId: _e, ...kept } = call;
  return kept;
}

/** An employer's request answered by a call about the person: its free text may name them. */
export function deIdentifiedSupportRequest(request: SupportRequest): SupportRequest {
  const { message: _message, ...kept } = request;
  return kept;
}

/** Who read what stays; the subject becomes the pseudonym. */
export const pseudonymisedAudit = (entry: AuditEntry, pseudonym: string): AuditEntry => ({
  ...entry,
  subjectId: pseudonym,
});

/**
 * Whether a participant who left on `leftOn` is past the tenant's retention: the
 * anniversary `years` after leaving has passed (the day after it, they are erased).
 */
export function pastRetention(leftOn: string, today: string, years: number): boolean {
  const [year, month, day] = leftOn.split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
  return anniversary < today;
}

/** The stages from which a participant has left the programme: only an exit (outcomes keep returrätt). */
export const leavingStages: readonly Stage[] = ['exited'];
