import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, IsoDate, TenantId, Timestamp, Version } from './common.ts';
import { EmploymentStart } from './employment.ts';
import { ScoreReason } from './matching.ts';
import { CoachContact } from './staff.ts';
import { Schedule, Sector } from './vocabulary.ts';

export const MatchStatus = z.enum(['proposed', 'accepted', 'declined', 'started', 'completed', 'cancelled']);
export type MatchStatus = z.infer<typeof MatchStatus>;

export const MatchOutcome = z.enum(['employed', 'studies', 'reinforced_cooperation', 'returned', 'other']);
export type MatchOutcome = z.infer<typeof MatchOutcome>;

// Consent is per proposal: this participant agrees that this employer sees a summary.
export const MatchConsent = z.object({
  sharedSummary: z.boolean(),
  recordedAt: Timestamp,
  recordedBy: z.string(),
  revokedAt: Timestamp.optional(),
});
export type MatchConsent = z.infer<typeof MatchConsent>;

const reason = z.string().trim().max(500, fieldMessage('text.max_500'));

export const MatchCreate = z
  .object({
    participantId: Id,
    placementId: Id,
    consentToShare: z.boolean().describe('The participant agrees that the employer sees a short summary'),
    note: reason.optional().describe('For the coaches; never shown to the employer'),
  })
  .strict();
export type MatchCreate = z.infer<typeof MatchCreate>;

/** How an employer gave a coach its answer to a proposal, when the coach records it for them. */
export const EmployerAnswer = z.strictObject({
  channel: z.enum(['phone', 'email', 'meeting']),
  person: z
    .string()
    .trim()
    .min(2, fieldMessage('answer.person'))
    .max(120)
    .describe('Who at the employer answered'),
  date: IsoDate.describe('When the employer answered'),
});
export type EmployerAnswer = z.infer<typeof EmployerAnswer>;

// Which fields each step takes, and who may take it, is the domain's rule
// (shared/domain/match-change.ts); the schema only checks each field's shape.
export const MatchPatch = z
  .object({
    status: MatchStatus.exclude(['proposed']).optional(),
    reason: reason.optional().describe('Why the employer declined, or why it was cancelled'),
    startDate: IsoDate.optional().describe('With status started only'),
    outcome: MatchOutcome.optional().describe('With status completed only; coaches only'),
    consentToShare: z.boolean().optional().describe('Alone, without a status; coaches only'),
    onBehalf: EmployerAnswer.optional().describe(
      'A coach records the employer’s answer (accepted or declined) given by phone, e-mail or at a meeting',
    ),
    employment: EmploymentStart.optional().describe(
      'With status completed and outcome employed only: the kind of employment and its start',
    ),
  })
  .strict();
export type MatchPatch = z.infer<typeof MatchPatch>;

export const MatchEvent = z.object({
  status: MatchStatus,
  at: Timestamp,
  by: z.string(),
  reason: z.string().optional(),
  /** Set when a coach recorded the employer's answer for them: who answered, how and when. */
  onBehalf: EmployerAnswer.optional(),
});

/** The whole match, as coaches and admins see it. */
export const Match = z.object({
  id: Id,
  tenant: TenantId,
  participantId: Id,
  placementId: Id,
  employerId: Id,
  placementTitle: z.string(),
  status: MatchStatus,
  score: z.number().min(0).max(100),
  reasons: z.array(ScoreReason),
  consent: MatchConsent,
  note: z.string().optional(),
  declineReason: z.string().optional(),
  startDate: IsoDate.optional(),
  outcome: MatchOutcome.optional(),
  history: z.array(MatchEvent),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Match = z.infer<typeof Match>;

const Text = z.strictObject({ sv: z.string(), en: z.string() });

/** What an employer may learn about a proposed participant, and only with consent. */
export const CandidateSummary = z.strictObject({
  firstName: z.string(),
  interests: z
    .array(z.strictObject({ sector: Sector, label: Text }))
    .describe('Sectors the participant wants, most wanted first, with the words to show'),
  availability: Schedule.optional(),
  supportSummary: Text,
  goal: z.string().optional(),
});
export type CandidateSummary = z.infer<typeof CandidateSummary>;

/** A match as the employer sees it: no participant id, no score, no notes. */
export const EmployerMatch = z.strictObject({
  id: Id,
  placementId: Id,
  placementTitle: z.string(),
  status: MatchStatus,
  startDate: IsoDate.optional(),
  declineReason: z.string().optional(),
  candidate: CandidateSummary.nullable(),
  coach: CoachContact.nullable().describe('The job coach who proposed it, to call or write to'),
  message: Text,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type EmployerMatch = z.infer<typeof EmployerMatch>;

export const MatchCountQuery = z.object({ status: MatchStatus.default('proposed') });
export const MatchCount = z.object({ status: MatchStatus, count: z.number().int().min(0) });

export const MatchListQuery = z.object({
  placementId: Id.optional(),
  participantId: Id.optional(),
  status: MatchStatus.optional(),
});
