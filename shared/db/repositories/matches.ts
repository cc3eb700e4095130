import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Match } from '../../schemas/match.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { reconcileSeatStatus, seatChangeItem } from './placements.ts';

const matchItem = (match: Match) => ({
  ...keys.match(match.tenant, match.id),
  gsi1pk: keys.matchesOfPlacement(match.tenant, match.placementId),
  gsi1sk: match.id,
  gsi2pk: keys.matchesOfParticipant(match.tenant, match.participantId),
  gsi2sk: match.id,
  gsi3pk: keys.matchesOfEmployer(match.tenant, match.employerId),
  gsi3sk: match.id,
  entity: 'match',
  ...match,
});

/** Proposes a match; a live proposal for the same participant and placement is a conflict. */
export async function createMatch(tenant: string, match: Match): Promise<Match> {
  try {
    await transact({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: {
              ...keys.matchGuard(tenant, match.participantId, match.placementId),
              entity: 'matchGuard',
              matchId: match.id,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: tableName(),
            Item: matchItem(match),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
  } catch (error) {
    if (failedConditions(error)?.includes(0)) {
      throw new ConflictError('alreadyProposed', 'This participant is already proposed for this placement.');
    }
    throw error;
  }
  return match;
}

export async function getMatch(tenant: string, matchId: string): Promise<Match | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.match(tenant, matchId) }),
  );
  return result.Item ? stripKeys<Match>(result.Item) : undefined;
}

export interface MatchChange {
  /** +1 takes a seat on the placement, −1 frees one. */
  seatChange: 1 | 0 | -1;
  /** The match is over: the pair may be proposed again. */
  ends: boolean;
  /** Further items that must commit with the change (the participant's stage move). */
  alongWith?: Record<string, unknown>[];
}

/**
 * Writes the next state of a match, and its seat and stage effects, in one
 * transaction: no interleaving of acceptances can take more seats than exist.
 */
export async function changeMatch(
  current: Match,
  next: Match,
  change: MatchChange,
  now = new Date(),
): Promise<Match> {
  const tenant = current.tenant;
  const saved: Match = { ...next, version: current.version + 1, updatedAt: now.toISOString() };
  const items: Record<string, unknown>[] = [
    {
      Put: {
        TableName: tableName(),
        Item: matchItem(saved),
        ConditionExpression: 'version = :expected AND #status = :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':expected': current.version, ':status': current.status },
      },
    },
  ];
  const seatIndex = change.seatChange === 0 ? -1 : items.length;
  if (change.seatChange !== 0)
    items.push(seatChangeItem(tenant, current.placementId, change.seatChange, now));
  if (change.ends) {
    items.push({
      Delete: {
        TableName: tableName(),
        Key: keys.matchGuard(tenant, current.participantId, current.placementId),
      },
    });
  }
  const alongIndex = items.length;
  items.push(...(change.alongWith ?? []));
  try {
    await transact({ TransactItems: items as never });
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(0)) throw new StaleVersionError();
    if (failed?.includes(seatIndex)) throw new ConflictError('noSeat', 'The placement has no free seat.');
    if (failed?.some((index) => index >= alongIndex)) {
      throw new ConflictError('participantChanged', 'The participant changed meanwhile. Try again.');
    }
    throw error;
  }
  if (change.seatChange !== 0) await reconcileSeatStatus(tenant, current.placementId, now);
  return saved;
}

export interface MatchFilter {
  placementId?: string;
  participantId?: string;
  employerId?: string;
  status?: string;
}

/** By placement, by participant or by employer, each its own index partition. */
export async function listMatches(
  tenant: string,
  filter: MatchFilter,
  page: PageRequest,
): Promise<Page<Match>> {
  const toMatch = stripKeys<Match>;
  const options = { filter: { status: filter.status, placementId: filter.placementId } };
  if (filter.participantId) {
    return queryPage('gsi2', keys.matchesOfParticipant(tenant, filter.participantId), page, toMatch, options);
  }
  if (filter.placementId) {
    return queryPage('gsi1', keys.matchesOfPlacement(tenant, filter.placementId), page, toMatch, {
      filter: { status: filter.status },
    });
  }
  if (filter.employerId) {
    return queryPage('gsi3', keys.matchesOfEmployer(tenant, filter.employerId), page, toMatch, options);
  }
  throw new Error('listMatches needs a placement, participant or employer');
}
