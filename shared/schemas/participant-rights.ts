import { z } from 'zod';

/** Why a participant was erased: a code, never free text (the reason outlives the person). */
export const ErasureReason = z.enum(['participant_request', 'retention', 'registered_in_error']);
export type ErasureReason = z.infer<typeof ErasureReason>;

export const ErasureRequest = z.strictObject({ reason: ErasureReason });
export type ErasureRequest = z.infer<typeof ErasureRequest>;

/** One kind of data in an export: what it is in plain Swedish, and the stored items. */
export const ExportPart = z.object({
  explanation: z.string(),
  items: z.array(z.record(z.string(), z.unknown())),
});

export const exportPartNames = [
  'profile',
  'consent',
  'transitions',
  'matches',
  'eventSignups',
  'supportCalls',
  'supportRequests',
  'employments',
  'provisions',
  'interests',
  'followUps',
  'statistics',
  'audit',
] as const;
export type ExportPartName = (typeof exportPartNames)[number];

/** Everything stored about a participant (GDPR art. 15), each part explained. */
export const ParticipantExport = z.object({
  participantId: z.string(),
  exportedAt: z.string(),
  explanation: z.string(),
  parts: z.object(
    Object.fromEntries(exportPartNames.map((name) => [name, ExportPart])) as Record<
      ExportPartName,
      typeof ExportPart
    >,
  ),
});
export type ParticipantExport = z.infer<typeof ParticipantExport>;
