import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { pausedSetChange } from '../../domain/employer-pause.ts';
import type { EmployerStatus } from '../../schemas/employer.ts';
import { documents, tableName } from '../client.ts';
import { failedConditions } from '../errors.ts';
import { keys } from '../keys.ts';
import { transact } from '../transact.ts';

// The tenant's paused employers as one item beside the tenant (docs/data-model.md,
// pattern 81), so ranking reads them in the BatchGetItem that reads the participant
// and the tenant. Every status change into or out of paused writes it in the same
// transaction as the employer.

export interface PausedEmployers {
  employerIds: ReadonlySet<string>;
  /**
   * True once the employers paused before the set existed are folded into it; until
   * then the set holds only those paused since, and readers ask the status index.
   */
  folded: boolean;
}

/** The set as stored (an absent item is an empty set not yet folded). */
export function pausedEmployersOf(item: Record<string, unknown> | undefined): PausedEmployers {
  return {
    employerIds: new Set((item?.employerIds as Set<string> | undefined) ?? []),
    folded: typeof item?.foldedAt === 'string',
  };
}

export async function getPausedEmployers(tenant: string): Promise<PausedEmployers> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.pausedEmployers(tenant) }),
  );
  return pausedEmployersOf(result.Item);
}

/**
 * The transaction item that keeps the set in step with an employer's status change
 * (ADD when it becomes paused, DELETE when it stops being paused), or none when
 * the change does not touch paused. DynamoDB drops an emptied string set; the item
 * and its fold marker stay.
 */
export function pausedSetItem(tenant: string, employerId: string, from: EmployerStatus, to: EmployerStatus) {
  const change = pausedSetChange(from, to);
  if (!change) return undefined;
  return {
    Update: {
      TableName: tableName(),
      Key: keys.pausedEmployers(tenant),
      UpdateExpression: `${change === 'add' ? 'ADD' : 'DELETE'} employerIds :id SET entity = :entity`,
      ExpressionAttributeValues: { ':id': new Set([employerId]), ':entity': 'pausedEmployers' },
    },
  };
}

/** Transactions hold 100 items: the set's update and 99 employer checks. */
const checksPerTransaction = 99;

/**
 * Folds employers found paused by the status index (pattern 24) into the set, and then
 * marks the set folded. Each id goes in with a `ConditionCheck` (a consistent read in
 * the transaction) that the employer is still paused, so an index entry that lags a
 * resume cannot put a resumed employer back: the transaction fails instead, and the
 * caller tries again on a later read. Answers whether the set is folded now.
 */
export async function foldPausedEmployers(
  tenant: string,
  pausedIds: readonly string[],
  now = new Date(),
): Promise<boolean> {
  const chunks: string[][] = [];
  for (let i = 0; i < pausedIds.length; i += checksPerTransaction)
    chunks.push(pausedIds.slice(i, i + checksPerTransaction));
  if (chunks.length === 0) chunks.push([]);
  try {
    for (const [index, ids] of chunks.entries()) {
      const last = index === chunks.length - 1;
      const sets = ['entity = :entity', ...(last ? ['foldedAt = if_not_exists(foldedAt, :now)'] : [])];
      await transact({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: keys.pausedEmployers(tenant),
              UpdateExpression: `${ids.length > 0 ? 'ADD employerIds :ids ' : ''}SET ${sets.join(', ')}`,
              ExpressionAttributeValues: {
                ':entity': 'pausedEmployers',
                ...(ids.length > 0 ? { ':ids': new Set(ids) } : {}),
                ...(last ? { ':now': now.toISOString() } : {}),
              },
            },
          },
          ...ids.map((employerId) => ({
            ConditionCheck: {
              TableName: tableName(),
              Key: keys.employer(tenant, employerId),
              ConditionExpression: '#status = :paused',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':paused': 'paused' },
            },
          })),
        ],
      });
    }
    return true;
  } catch (error) {
    if (failedConditions(error)) return false;
    throw error;
  }
}
