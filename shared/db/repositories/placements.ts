import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { swedishDate } from '../../domain/calendar.ts';
import { isPublished, type Publication, statusForSeats } from '../../domain/placement-status.ts';
import {
  defaultPlacementKind,
  type Placement,
  type PlacementKind,
  type PlacementStatus,
} from '../../schemas/placement.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { type Page, type PageRequest, queryAll, queryPage, stripKeys } from '../page.ts';
import { BusyError, transact } from '../transact.ts';
import { putIfVersion } from '../versioned.ts';
import { employerCheck } from './employers.ts';
import { endedPublicationItems } from './indicators.ts';

export const placementModel = defineEntity<Placement>({
  entity: 'placement',
  key: (placement) => keys.placement(placement.tenant, placement.id),
  indexes: {
    gsi1: (placement) => ({
      pk: keys.placementsOfEmployer(placement.tenant, placement.employerId),
      sk: placement.id,
    }),
    gsi2: (placement) => ({
      pk: keys.placementsByStatus(placement.tenant, placement.status),
      sk: `${placement.sector}#${placement.id}`,
    }),
    gsi3: (placement) => ({
      pk: keys.placementsAll(placement.tenant),
      sk: `${placement.sector}#${placement.id}`,
    }),
  },
});

const toItem = (placement: Placement) => itemOf(placementModel, placement);

/** A stored placement; one saved before placements had a kind reads as a learning placement. */
function toPlacement(item: Record<string, unknown>): Placement {
  const placement = stripKeys<Placement>(item);
  return placement.kind ? placement : { ...placement, kind: defaultPlacementKind };
}

// Only an active employer's placements may be open; checked in the same
// transaction as the write so a concurrent pause cannot slip between.
/**
 * Puts the placement under `condition` together with the employer check; a
 * failed condition on the placement is a stale version, on the employer a conflict.
 */
async function putWithEmployerCheck(
  placement: Placement,
  condition: { ConditionExpression: string; ExpressionAttributeValues?: Record<string, unknown> },
  endedPublication?: Publication,
): Promise<void> {
  try {
    await transact({
      TransactItems: [
        employerCheck(placement.tenant, placement.employerId, isPublished(placement.status)),
        { Put: { TableName: tableName(), Item: toItem(placement), ...condition } },
        ...(endedPublication ? endedPublicationItems(placement, endedPublication) : []),
      ],
    });
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(1)) throw new StaleVersionError();
    if (failed?.includes(0)) {
      throw new ConflictError('placement.employer_not_verified');
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
    ...(isPublished(fields.status) ? { publishedSince: swedishDate(now) } : {}),
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
  return result.Item ? toPlacement(result.Item) : undefined;
}

/**
 * Writes a changed placement if it is still at `expectedVersion` (every seat change bumps
 * it); a change that ends its publication records that time in the same transaction.
 */
export async function savePlacement(
  tenant: string,
  placement: Placement,
  expectedVersion: number,
  endedPublication?: Publication,
): Promise<Placement> {
  const saved: Placement = { ...placement, tenant, version: expectedVersion + 1 };
  await putWithEmployerCheck(
    saved,
    {
      ConditionExpression: 'attribute_exists(pk) AND version = :expected',
      ExpressionAttributeValues: { ':expected': expectedVersion },
    },
    endedPublication,
  );
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

/**
 * The transaction item that takes (+1) or frees (−1) one seat, never past the bounds.
 * A seat is taken only on the kind the taker was checked against (`kind`; an item
 * stored without a kind is a learning placement), so a kind changed meanwhile fails it.
 */
export function seatChangeItem(
  tenant: string,
  placementId: string,
  change: 1 | -1,
  now: Date,
  kind?: PlacementKind,
) {
  const kindCondition =
    kind === undefined
      ? ''
      : kind === defaultPlacementKind
        ? ' AND (#kind = :kind OR attribute_not_exists(#kind))'
        : ' AND #kind = :kind';
  return {
    Update: {
      TableName: tableName(),
      Key: keys.placement(tenant, placementId),
      UpdateExpression: 'SET seatsTaken = seatsTaken + :change, version = version + :one, updatedAt = :now',
      ConditionExpression:
        change === 1
          ? `attribute_exists(pk) AND seatsTaken < seats AND #status IN (:open, :full)${kindCondition}`
          : 'attribute_exists(pk) AND seatsTaken > :zero',
      ExpressionAttributeNames:
        change === 1 ? { '#status': 'status', ...(kind ? { '#kind': 'kind' } : {}) } : undefined,
      ExpressionAttributeValues: {
        ':change': change,
        ':one': 1,
        ':now': now.toISOString(),
        ...(change === 1
          ? { ':open': 'open', ':full': 'full', ...(kind ? { ':kind': kind } : {}) }
          : { ':zero': 0 }),
      },
    },
  };
}

/**
 * Rewrites a placement through its model (so its index keys follow), if nobody
 * changed it since it was read; on a collision it reads again, a few times.
 * `change` answers undefined when there is nothing to do.
 */
async function rewritePlacement(
  tenant: string,
  placementId: string,
  change: (placement: Placement) => Placement | undefined,
  now: Date,
): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const placement = await getPlacement(tenant, placementId);
    const next = placement && change(placement);
    if (!placement || !next) return;
    try {
      await putIfVersion(
        toItem({ ...next, version: placement.version + 1, updatedAt: now.toISOString() }),
        placement.version,
      );
      return;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
  throw new BusyError('The placement kept changing; try again.');
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
  await rewritePlacement(
    tenant,
    placementId,
    (placement) => {
      const status = statusForSeats(placement.status, placement.seats, placement.seatsTaken);
      return status === placement.status ? undefined : { ...placement, status };
    },
    now,
  );
}

/**
 * Finishes a seat change whose request died between taking the seat and moving
 * the status (the resumable second step): a placement read whose status does not
 * follow its counter is reconciled; one that does costs nothing.
 */
export async function repairSeatStatus(
  tenant: string,
  placement: Placement,
  now = new Date(),
): Promise<void> {
  if (statusForSeats(placement.status, placement.seats, placement.seatsTaken) !== placement.status)
    await reconcileSeatStatus(tenant, placement.id, now);
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
): Promise<void> {
  const placements = await queryAll((page) => listPlacements(tenant, { employerId }, page));
  for (const { id } of placements) {
    await rewritePlacement(
      tenant,
      id,
      (placement) => (placement.employerName === employerName ? undefined : { ...placement, employerName }),
      now,
    );
  }
}
