import { GetCommand, QueryCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { swedishDate } from '../../domain/calendar.ts';
import type { Match, MatchStatus } from '../../schemas/match.ts';
import type { Participant } from '../../schemas/participant.ts';
import type { PlacementKind } from '../../schemas/placement.ts';
import type { Stage } from '../../schemas/vocabulary.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { activeEmployerCheck } from './employers.ts';
import { matchFactItems } from './indicators.ts';
import { stageChangeItems } from './participants.ts';
import { getPlacement, reconcileSeatStatus, seatChangeItem } from './placements.ts';

export const matchModel = defineEntity<Match>({
  entity: 'match',
  key: (match) => keys.match(match.tenant, match.id),
  indexes: {
    gsi1: (match) => ({ pk: keys.matchesOfPlacement(match.tenant, match.placementId), sk: match.id }),
    gsi2: (match) => ({ pk: keys.matchesOfParticipant(match.tenant, match.participantId), sk: match.id }),
    gsi3: (match) => ({ pk: keys.matchesOfEmployer(match.tenant, match.employerId), sk: match.id }),
  },
});

const matchItem = (match: Match) => itemOf(matchModel, match);

/**
 * Proposes a match; a live proposal for the same participant and placement is a
 * conflict, and so is a proposal to an employer that is not active (paused).
 */
export async function createMatch(tenant: string, match: Match): Promise<Match> {
  try {
    await transact({
      TransactItems: [
        activeEmployerCheck(tenant, match.employerId),
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
    const failed = failedConditions(error);
    if (failed?.includes(0)) throw new ConflictError('employer.not_active');
    if (failed?.includes(1)) {
      throw new ConflictError('match.already_proposed');
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
  next: Match;
  /** +1 takes a seat on the placement, −1 frees one. */
  seatChange: 1 | 0 | -1;
  /** The match is over: the pair may be proposed again. */
  ends: boolean;
  /** The participant's step that commits with the change (a start, or a completion into work). */
  stageMove?: { to: Stage; date: string };
  /** The participant as read, which the step is conditional on. */
  participant: Participant;
  /** The placement kind the step was checked against; a seat is taken only on that kind. */
  placementKind?: PlacementKind;
  actorId: string;
  /** Written in the same transaction: the employment a completion into work opens. */
  withItems?: NonNullable<TransactWriteCommandInput['TransactItems']>;
}

/**
 * Writes the next state of a match, and its seat and stage effects, in one
 * transaction: no interleaving of acceptances can take more seats than exist,
 * and a seat is only taken at an active employer.
 */
export async function changeMatch(
  tenant: string,
  current: Match,
  change: MatchChange,
  now = new Date(),
): Promise<Match> {
  const saved: Match = { ...change.next, version: current.version + 1, updatedAt: now.toISOString() };
  const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [
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
    items.push(seatChangeItem(tenant, current.placementId, change.seatChange, now, change.placementKind));
  const employerIndex = change.seatChange === 1 ? items.length : -1;
  if (change.seatChange === 1) items.push(activeEmployerCheck(tenant, current.employerId));
  if (change.ends) {
    items.push({
      Delete: {
        TableName: tableName(),
        Key: keys.matchGuard(tenant, current.participantId, current.placementId),
      },
    });
  }
  const stageIndex = items.length;
  if (change.stageMove) {
    const move = { ...change.stageMove, actorId: change.actorId };
    items.push(...stageChangeItems(change.participant, move, now).items);
  }
  items.push(...(change.withItems ?? []));
  // Counted by the indicators (pattern 57): a start, or a completion with its outcome.
  items.push(...matchFactItems(tenant, current, saved, change.participant.gender, swedishDate(now)));
  try {
    await transact({ TransactItems: items });
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(0)) throw new StaleVersionError();
    if (failed?.includes(seatIndex)) {
      // The counter says full: if a request died before moving the status along, this repairs it.
      await reconcileSeatStatus(tenant, current.placementId, now);
      throw await seatConflict(tenant, current.placementId, change.placementKind);
    }
    if (failed?.includes(employerIndex)) {
      throw new ConflictError('employer.not_active');
    }
    if (failed?.some((index) => index >= stageIndex)) {
      throw new ConflictError('participant.changed');
    }
    throw error;
  }
  if (change.seatChange !== 0) await reconcileSeatStatus(tenant, current.placementId, now);
  return saved;
}

/** Why taking a seat failed: the kind changed since the check, or no seat was free. */
async function seatConflict(tenant: string, placementId: string, kind: PlacementKind | undefined) {
  const placement = kind === undefined ? undefined : await getPlacement(tenant, placementId);
  if (placement && placement.kind !== kind) {
    return new ConflictError('placement.changed');
  }
  return new ConflictError('match.no_free_seat');
}

/** Whose matches: each is its own index partition. */
export type MatchOwner = { placementId: string } | { participantId: string } | { employerId: string };

export interface MatchFilter {
  placementId?: string;
  status?: string;
}

/**
 * The matches of one placement, participant or employer, optionally narrowed.
 * The partition is the owner the caller names, never one taken from the filter,
 * so an employer's list stays inside the employer's partition.
 */
export async function listMatches(
  tenant: string,
  owner: MatchOwner,
  filter: MatchFilter,
  page: PageRequest,
): Promise<Page<Match>> {
  const toMatch = stripKeys<Match>;
  const options = { filter: { status: filter.status, placementId: filter.placementId } };
  if ('participantId' in owner) {
    return queryPage('gsi2', keys.matchesOfParticipant(tenant, owner.participantId), page, toMatch, options);
  }
  if ('employerId' in owner) {
    return queryPage('gsi3', keys.matchesOfEmployer(tenant, owner.employerId), page, toMatch, options);
  }
  return queryPage('gsi1', keys.matchesOfPlacement(tenant, owner.placementId), page, toMatch, {
    filter: { status: filter.status },
  });
}

/**
 * How many of an employer's matches are in a status (the menu's count of new proposals):
 * a count on the employer's own index partition, reading no participant and returning no item.
 */
export async function countEmployerMatches(
  tenant: string,
  employerId: string,
  status: MatchStatus,
): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :pk',
        FilterExpression: '#status = :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pk': keys.matchesOfEmployer(tenant, employerId), ':status': status },
        Select: 'COUNT',
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
}
