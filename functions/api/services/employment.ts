import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { getEmployer } from '#shared/db/repositories/employers';
import {
  changedEmploymentItem,
  currentEmployment,
  newEmploymentItem,
} from '#shared/db/repositories/employments';
import { retentionMarkItems } from '#shared/db/repositories/indicators';
import { getTenant } from '#shared/db/repositories/tenants';
import { endEmployment, hire } from '#shared/domain/employment';
import { defaultSupportAfterHire } from '#shared/domain/tenant-settings';
import type { EmploymentKind } from '#shared/schemas/employment';
import type { Participant } from '#shared/schemas/participant';
import type { SupportAfterHire } from '#shared/schemas/tenant';
import type { Stage } from '#shared/schemas/vocabulary';
import type { Principal } from '../auth/principal.ts';
import { fieldIssue, problem } from '../errors.ts';

type Items = NonNullable<TransactWriteCommandInput['TransactItems']>;

/** The tenant's support after hire in force: its own setting, or the default. */
export async function supportSetting(tenant: string): Promise<SupportAfterHire> {
  return (await getTenant(tenant))?.supportAfterHire ?? defaultSupportAfterHire;
}

export interface EmploymentOfStep {
  employerId: string;
  kind: EmploymentKind;
  startDate: string;
  matchId?: string;
  /** The request field that names the employer, to blame when it does not exist. */
  employerField: string;
}

/**
 * What a stage move does to employment, as transaction items for the same write:
 * into `employed` opens an employment with its support period and check-ins; out of
 * `employed` ends the current one on the step's date (and its support period with it).
 */
export async function employmentItems(
  principal: Principal,
  participant: Participant,
  move: { to: Stage; date: string },
  employment: EmploymentOfStep | undefined,
  now: Date,
): Promise<Items> {
  const items: Items = [];
  const at = now.toISOString();
  if (participant.stage === 'employed' && move.to !== 'employed') {
    const current = await currentEmployment(principal.tenant, participant.id);
    if (current) items.push(changedEmploymentItem(endEmployment(current, move.date, at), current.version));
  }
  if (move.to === 'employed' && participant.stage !== 'employed' && employment) {
    const [employer, setting] = await Promise.all([
      getEmployer(principal.tenant, employment.employerId),
      supportSetting(principal.tenant),
    ]);
    if (!employer) {
      throw problem('support.references_missing', [
        fieldIssue(employment.employerField, 'support.employer_missing'),
      ]);
    }
    const record = hire(
      {
        id: ulid(),
        tenant: principal.tenant,
        participantId: participant.id,
        coachId: participant.coachId,
        employerId: employer.id,
        employerName: employer.name,
        ...(employment.matchId ? { matchId: employment.matchId } : {}),
        kind: employment.kind,
        startDate: employment.startDate,
        actorId: principal.userId,
        at,
      },
      setting,
    );
    // The 6- and 12-month marks the indicators count (pattern 58), with the hire.
    items.push(newEmploymentItem(record), ...retentionMarkItems(record, participant.gender));
  }
  return items;
}
