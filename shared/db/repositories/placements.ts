import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { statusForSeats } from '../../domain/placement-status.ts';
import type { Placement, PlacementStatus } from '../../schemas/placement.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions, isConditionalCheckFailed, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { type Page, type PageRequest, queryAll, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { employerCheck } from './employers.ts';

function indexKeys(placement: Placement) {
  return {
    gsi1pk: keys.placementsOfEmployer(placement.tenant, placement.employerId),
    gsi1sk: placement.id,
    gsi2pk: keys.placementsByStatus(placement.tenant, placement.status),
    gsi2sk: `${placement.sector}#${placement.id}`,
    gsi3pk: keys.placementsAll(placement.tenant),
    gsi3sk: `${placement.sector}#${placement.id}`,
  };
}

const toItem = (placement: Placement) => ({
  ...keys.placement(placement.tenant, placement.id),
  ...indexKeys(placement),
  entity: 'placement',
  ...placement,
});

// Only an active employer's placements may be open; checked in the same
// transaction as the write so a concurrent pause cannot slip between.
const publicStatuses: PlacementStatus[] = ['open', 'full'];

/**
 * Puts the placement under `condition` together with the employer check; a
 * failed condition on the placement is a stale version, on the employer a conflict.
 */
async function putWithEmployerCheck(
  placement: Placement,
  condition: { ConditionExpression: string; ExpressionAttributeValues?: Record<string, unknown> },
): Promise<void> {
  try {
    await transact({
      TransactItems: [
        employerCheck(placement.tenant, placement.employerId, publicStatuses.includes(placement.status)),
        { Put: { TableName: tableName(), Item: toItem(placement), ...condition } },
      ],
    });
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(1)) throw new StaleVersionError();
    if (failed?.includes(0)) {
      throw new ConflictError('employerStatus', 'Only a verified (active) employer can open a placement.');
    }
    throw error;
  }
}

export type NewPlacement = Omit<
  Placement,
  'id' | 'tenant' | 'seatsTaken' | 'createdAt' | 'updatedAt' | 'version'
>;

export async function createPlacement(
  tenant: string,
  fields: NewPlacement,
  now = new Date(),
): Promise<Placement> {
  const timestamp = now.toISOString();
  const placement: Placement = {
    ...fields,
    id: ulid(),
    tenant,
    seatsTaken: 0,
    createdAt: timestamp,
    updatedAt: timestamp,
    version: 1,
  };
  await putWithEmployerCheck(placement, { ConditionExpression: 'attribute_not_exists(pk)' });
  return placement;
}

export async function getPlacement(tenant: string, placementId: string): Promise<Placement | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.placement(tenant, placementId) }),
  );
  return result.Item ? stripKeys<Placement>(result.Item) : undefined;
}

/** Writes a changed placement if it is still at `expectedVersion` (every seat change bumps it). */
export async function savePlacement(
  tenant: string,
  placement: Placement,
  expectedVersion: number,
): Promise<Placement> {
  const saved: Placement = { ...placement, tenant, version: expectedVersion + 1 };
  await putWithEmployerCheck(saved, {
    ConditionExpression: 'attribute_exists(pk) AND version = :expected',
    ExpressionAttributeValues: { ':expected': expectedVersion },
  });
  return saved;
}

export interface PlacementFilter {
  sector?: string;
  status?: PlacementStatus;
  employerId?: string;
}

/**
 * An employer's placements come from its own partition; tenant-wide lists use
 * the status index when a status is given and the all-placements index otherwise,
 * narrowed to a sector by sort-key prefix.
 */
export async function listPlacements(
  tenant: string,
  filter: PlacementFilter,
  page: PageRequest,
): Promise<Page<Placement>> {
  const toPlacement = stripKeys<Placement>;
  if (filter.employerId) {
    return queryPage('gsi1', keys.placementsOfEmployer(tenant, filter.employerId), page, toPlacement, {
      filter: { sector: filter.sector, status: filter.status },
    });
  }
  const sortKeyPrefix = filter.sector ? `${filter.sector}#` : undefined;
  return filter.status
    ? queryPage('gsi2', keys.placementsByStatus(tenant, filter.status), page, toPlacement, {
        sortKeyPrefix,
      })
    : queryPage('gsi3', keys.placementsAll(tenant), page, toPlacement, { sortKeyPrefix });
}

/** The transaction item that takes (+1) or frees (−1) one seat, never past the bounds. */
export function seatChangeItem(tenant: string, placementId: string, change: 1 | -1, now: Date) {
  return {
    Update: {
      TableName: tableName(),
      Key: keys.placement(tenant, placementId),
      UpdateExpression: 'SET seatsTaken = seatsTaken + :change, version = version + :one, updatedAt = :now',
      ConditionExpression:
        change === 1
          ? 'attribute_exists(pk) AND seatsTaken < seats AND #status IN (:open, :full)'
          : 'attribute_exists(pk) AND seatsTaken > :zero',
      ExpressionAttributeNames: change === 1 ? { '#status': 'status' } : undefined,
      ExpressionAttributeValues: {
        ':change': change,
        ':one': 1,
        ':now': now.toISOString(),
        ...(change === 1 ? { ':open': 'open', ':full': 'full' } : { ':zero': 0 }),
      },
    },
  };
}

/**
 * After a seat changed, moves the placement between `open` and `full`. The seat
 * counter is the truth and the only thing acceptance checks; the status (and its
 * index entry) follows it, conditional on the counter not having moved again.
 */
export async function reconcileSeatStatus(
  tenant: string,
  placementId: string,
  now = new Date(),
): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const placement = await getPlacement(tenant, placementId);
    if (!placement) return;
    const status = statusForSeats(placement.status, placement.seats, placement.seatsTaken);
    if (status === placement.status) return;
    try {
      await documents().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.placement(tenant, placementId),
          UpdateExpression:
            'SET #status = :status, gsi2pk = :byStatus, version = version + :one, updatedAt = :now',
          ConditionExpression: 'version = :read',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': status,
            ':byStatus': keys.placementsByStatus(tenant, status),
            ':one': 1,
            ':now': now.toISOString(),
            ':read': placement.version,
          },
        }),
      );
      return;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}

/**
 * Keeps the employer name copied onto its placements current after a rename. Each
 * placement's version moves with it, so a save based on an earlier read is stale (412)
 * instead of writing the old name back.
 */
export async function renameEmployerOnPlacements(
  tenant: string,
  employerId: string,
  employerName: string,
  now = new Date(),
) {
  const placements = await queryAll((page) => listPlacements(tenant, { employerId }, page));
  for (const placement of placements) {
    if (placement.employerName === employerName) continue;
    try {
      await documents().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.placement(tenant, placement.id),
          UpdateExpression: 'SET employerName = :name, version = version + :one, updatedAt = :now',
          // Already renamed (a concurrent rename got there first) or gone: nothing to change.
          ConditionExpression: 'attribute_exists(pk) AND employerName <> :name',
          ExpressionAttributeValues: { ':name': employerName, ':one': 1, ':now': now.toISOString() },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
