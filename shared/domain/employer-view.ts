import type { EmployerStatus } from '../schemas/employer.ts';
import type { CandidateSummary, EmployerMatch, Match } from '../schemas/match.ts';
import type { Participant } from '../schemas/participant.ts';
import type { CoachContact } from '../schemas/staff.ts';
import { isOpenMatch } from './match-lifecycle.ts';
// Type only: the web imports this file, and the tenant settings' rules stay out of its bundle.
import type { SectorLabel } from './tenant-settings.ts';

const supportSummaries: Record<1 | 2 | 3 | 4, { sv: string; en: string }> = {
  1: {
    sv: 'Klarar det mesta själv efter en introduktion.',
    en: 'Manages most things alone after an introduction.',
  },
  2: {
    sv: 'Behöver en introduktion och någon att fråga under dagen.',
    en: 'Needs an introduction and someone to ask during the day.',
  },
  3: {
    sv: 'Behöver stöd en stor del av dagen och tydliga rutiner.',
    en: 'Needs support much of the day and clear routines.',
  },
  4: {
    sv: 'Behöver stöd hela dagen; en arbetskonsulent är med i början.',
    en: 'Needs support all day; a job coach comes along at first.',
  },
};

/** Consent recorded for this proposal. */
export const hasConsent = (match: Pick<Match, 'consent'>) =>
  match.consent.sharedSummary && match.consent.revokedAt === undefined;

/** Consent on the profile, as the participant holds it now. */
export const profileConsents = (participant: Pick<Participant, 'consent'>) =>
  participant.consent.sharedSummary && participant.consent.revokedAt === undefined;

/** Whether the participant has to be read at all to show this proposal to its employer. */
export const summaryMayShow = (match: Pick<Match, 'consent' | 'status'>) =>
  // A declined, cancelled or completed proposal no longer shows anyone.
  hasConsent(match) && isOpenMatch(match.status);

/**
 * An employer sees the summary only with both consents (the profile's now, and
 * this proposal's) on a live proposal; a paused employer sees no new candidate.
 */
export function summaryVisible(
  match: Pick<Match, 'consent' | 'status'>,
  participant: Pick<Participant, 'consent'> | undefined,
  employerStatus: EmployerStatus,
): boolean {
  if (!participant || !summaryMayShow(match) || !profileConsents(participant)) return false;
  return employerStatus === 'active' || match.status !== 'proposed';
}

/**
 * The only route from a participant to an employer. It builds the summary field
 * by field from an allow-list, so a new profile field never leaks by default.
 */
export function candidateSummary(participant: Participant, sectorLabel: SectorLabel): CandidateSummary {
  return {
    firstName: participant.firstName,
    interests: participant.interests.map((sector) => ({ sector, label: sectorLabel(sector) })),
    ...(participant.availability
      ? {
          availability: {
            kind: participant.availability.kind,
            weekdays: [...participant.availability.weekdays],
          },
        }
      : {}),
    supportSummary: supportSummaries[participant.supportLevel as 1 | 2 | 3 | 4],
    ...(participant.goal ? { goal: participant.goal } : {}),
  };
}

const withoutConsent = {
  sv: 'En arbetskonsulent föreslår en deltagare till platsen och ringer dig för att berätta mer.',
  en: 'A job coach proposes a participant for this placement and will call you to tell you more.',
};
const withConsent = {
  sv: 'Deltagaren har sagt ja till att du får se en kort sammanfattning.',
  en: 'The participant agreed that you may see a short summary.',
};

// Without a summary, what the proposal means for the employer now: a declined or
// finished one no longer promises a call.
const byStatus: Record<Match['status'], { sv: string; en: string }> = {
  proposed: withoutConsent,
  accepted: {
    sv: 'Du har tackat ja. Arbetskonsulenten ringer dig om starten.',
    en: 'You said yes. The job coach will call you about the start.',
  },
  started: {
    sv: 'Platsen har startat. Ring arbetskonsulenten om något inte fungerar.',
    en: 'The placement has started. Call the job coach if something is not working.',
  },
  declined: { sv: 'Du har tackat nej till förslaget.', en: 'You said no to this proposal.' },
  cancelled: { sv: 'Förslaget är avbrutet.', en: 'The proposal was cancelled.' },
  completed: { sv: 'Platsen är avslutad. Tack!', en: 'The placement has ended. Thank you!' },
};

/** The match as an employer may see it; `participant` is only read when `summaryMayShow`. */
export function employerMatchView(
  match: Match,
  participant: Participant | undefined,
  employerStatus: EmployerStatus,
  sectorLabel: SectorLabel,
  coach?: CoachContact,
): EmployerMatch {
  const candidate =
    participant && summaryVisible(match, participant, employerStatus)
      ? candidateSummary(participant, sectorLabel)
      : null;
  return {
    id: match.id,
    placementId: match.placementId,
    placementTitle: match.placementTitle,
    status: match.status,
    ...(match.startDate ? { startDate: match.startDate } : {}),
    ...(match.declineReason ? { declineReason: match.declineReason } : {}),
    candidate,
    coach: coach ?? null,
    message: candidate ? withConsent : byStatus[match.status],
    createdAt: match.createdAt,
    updatedAt: match.updatedAt,
    version: match.version,
  };
}
