import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { emptyLedger, type SeatLedger } from '../../domain/event-seats.ts';
import type { Event, EventStatus } from '../../schemas/event.ts';
import { documents, tableName } from '../client.ts';
import { failedConditions, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';

export const eventModel = defineEntity<Event>({
  entity: 'event',
  key: (event) => keys.event(event.tenant, event.id),
  indexes: {
    gsi1: (event) => ({ pk: keys.eventsAll(event.tenant), sk: `${event.startsAt}#${event.id}` }),
    gsi2: (event) => ({
      pk: keys.eventsByStatus(event.tenant, event.status),
      sk: `${event.startsAt}#${event.id}`,
    }),
    gsi3: (event) => ({
      pk: keys.eventsStartingOn(event.startsAt.slice(0, 10)),
      sk: `${event.startsAt}#${event.tenant}#${event.id}`,
    }),
  },
});

/** Events of every tenant whose first session starts in [from, to) (the reminder job). */
export async function eventsOfAllTenantsStartingBetween(from: Date, to: Date): Promise<Event[]> {
  const days = new Set<string>();
  for (let day = new Date(from); day < to; day = new Date(day.getTime() + 86_400_000))
    days.add(day.toISOString().slice(0, 10));
  days.add(new Date(to.getTime() - 1).toISOString().slice(0, 10));
  const found: Event[] = [];
  for (const day of days) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await documents().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: 'gsi3',
          KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': keys.eventsStartingOn(day),
            ':from': from.toISOString(),
            ':to': to.toISOString(),
          },
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...(result.Items ?? []).map(stripKeys<Event>));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
  }
  return found.filter((event) => event.startsAt >= from.toISOString() && event.startsAt < to.toISOString());
}

export const eventItem = (event: Event) => itemOf(eventModel, event);

/** The ledger item: its attributes are the ledger's, under the event's partition. */
export const ledgerItem = (tenant: string, eventId: string, ledger: SeatLedger) => ({
  ...keys.eventSeats(tenant, eventId),
  entity: 'eventSeats',
  eventId,
  ...ledger,
});

const toLedger = (item: Record<string, unknown>): SeatLedger => ({
  capacity: item.capacity as SeatLedger['capacity'],
  taken: item.taken as SeatLedger['taken'],
  waiting: item.waiting as SeatLedger['waiting'],
  seq: Number(item.seq),
  rev: Number(item.rev),
});

/** A new event and its empty seat ledger, together. */
export async function createEvent(tenant: string, event: Event): Promise<void> {
  await transact({
    TransactItems: [
      {
        Put: {
          TableName: tableName(),
          Item: eventItem(event),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: ledgerItem(tenant, event.id, emptyLedger(event.seats)),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
  });
}

export async function getEvent(
  tenant: string,
  eventId: string,
  consistent = false,
): Promise<Event | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.event(tenant, eventId), ConsistentRead: consistent }),
  );
  return result.Item ? stripKeys<Event>(result.Item) : undefined;
}

/** The seat ledger as it is now (a consistent read: every seat decision starts from it). */
export async function getLedger(tenant: string, eventId: string): Promise<SeatLedger | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.eventSeats(tenant, eventId), ConsistentRead: true }),
  );
  return result.Item ? toLedger(result.Item) : undefined;
}

/** A tenant's events by start, optionally of one status. */
export const listEvents = (tenant: string, page: PageRequest, status?: EventStatus): Promise<Page<Event>> =>
  status
    ? queryPage('gsi2', keys.eventsByStatus(tenant, status), page, stripKeys<Event>)
    : queryPage('gsi1', keys.eventsAll(tenant), page, stripKeys<Event>);

/** Events of a status whose start is in [from, to), first first: the public list and the reminder job. */
export async function eventsStartingBetween(
  tenant: string,
  status: EventStatus,
  from: string,
  to: string,
  page: PageRequest,
): Promise<Page<Event>> {
  const result = await documents().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': keys.eventsByStatus(tenant, status),
        ':from': from,
        // The sort key is `<startsAt>#<id>`: `#` sorts before any id character, `~` after.
        ':to': `${to}~`,
      },
      Limit: page.limit,
      ExclusiveStartKey: page.startKey,
    }),
  );
  return {
    items: (result.Items ?? []).map(stripKeys<Event>).filter((event) => event.startsAt < to),
    ...(result.LastEvaluatedKey ? { lastKey: result.LastEvaluatedKey } : {}),
  };
}

/**
 * Saves a changed event (conditional on the version read); a new ledger (seats
 * changed, promotions) goes in the same transaction, conditional on its `rev`.
 */
export async function saveEvent(
  tenant: string,
  event: Event,
  expectedVersion: number,
  ledger?: { next: SeatLedger; expectedRev: number },
  extra: NonNullable<Parameters<typeof transact>[0]['TransactItems']> = [],
): Promise<void> {
  try {
    await transact({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: eventItem(event),
            ConditionExpression: 'attribute_exists(pk) AND version = :expected',
            ExpressionAttributeValues: { ':expected': expectedVersion },
          },
        },
        ...(ledger
          ? [
              {
                Put: {
                  TableName: tableName(),
                  Item: ledgerItem(tenant, event.id, ledger.next),
                  ConditionExpression: 'rev = :rev',
                  ExpressionAttributeValues: { ':rev': ledger.expectedRev },
                },
              },
            ]
          : []),
        ...extra,
      ],
    });
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(0)) throw new StaleVersionError();
    if (failed) throw new LedgerMovedError();
    throw error;
  }
}

/** The ledger or a waiting sign-up changed between the read and the write: read again and retry. */
export class LedgerMovedError extends Error {}
