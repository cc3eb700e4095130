import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addDays } from '../../domain/calendar.ts';
import { type GoalCandidate, lastDayOf } from '../../domain/compensation.ts';
import { erasedName } from '../../domain/erasure.ts';
import { addMonths } from '../../domain/support-after-hire.ts';
import type { Provision } from '../../schemas/compensation.ts';
import type { Employment } from '../../schemas/employment.ts';
import type { Transition } from '../../schemas/participant.ts';
import { readByKeys } from '../batch-get.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { queryAll, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { listSupportPeriodsEnding } from './employments.ts';
import { listTransitions } from './participants.ts';

// Providers of daily activity (issue 13, part 2): a participant's provisions in their
// own partition (pattern 61), and every provision of the tenant by its last day
// (pattern 62), so a month's compensation reads the provisions that end in or after the
// month, never the whole history.

/** The sort key of a provision that still runs: after every date. */
const open = '9999-12-31';

export const provisionModel = defineEntity<Provision>({
  entity: 'provision',
  key: (provision) => keys.provision(provision.tenant, provision.participantId, provision.from, provision.id),
  indexes: {
    gsi1: (provision) => ({
      pk: keys.provisionsByEnd(provision.tenant),
      sk: `${provision.to ?? open}#${provision.from}#${provision.id}`,
    }),
  },
});

export async function listProvisions(tenant: string, participantId: string): Promise<Provision[]> {
  return queryAll((page) =>
    queryPage('table', keys.participant(tenant, participantId).pk, page, stripKeys<Provision>, {
      sortKeyPrefix: keys.provisionPrefix,
    }),
  );
}

/**
 * Starts a provision; the one that ran until now ends the day before, in the same
 * transaction (conditional on the version read: `participant.changed` otherwise).
 */
export async function startProvision(
  tenant: string,
  next: Provision,
  current: Provision | undefined,
): Promise<Provision> {
  const items = [
    {
      Put: {
        TableName: tableName(),
        Item: itemOf(provisionModel, { ...next, tenant }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...(current
      ? [
          {
            Put: {
              TableName: tableName(),
              Item: itemOf(provisionModel, {
                ...current,
                to: addDays(next.from, -1),
                version: current.version + 1,
              }),
              ConditionExpression: 'attribute_exists(pk) AND version = :expected',
              ExpressionAttributeValues: { ':expected': current.version },
            },
          },
        ]
      : []),
  ];
  try {
    await transact({ TransactItems: items });
  } catch (error) {
    if (failedConditions(error)?.length) throw new ConflictError('participant.changed');
    throw error;
  }
  return next;
}

/** The provisions that cover a day of the month: those ending on or after its first day, started by its last. */
export async function provisionsInMonth(tenant: string, month: string): Promise<Provision[]> {
  const items: Provision[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await documents().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk >= :first',
        ExpressionAttributeValues: { ':pk': keys.provisionsByEnd(tenant), ':first': `${month}-01` },
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(result.Items ?? []).map(stripKeys<Provision>));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return items.filter((provision) => provision.from <= lastDayOf(month));
}

/** Names of participants, for the report's lines (one BatchGet per 100). */
export async function participantNames(tenant: string, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const unique = [...new Set(ids)];
  const items = await readByKeys(
    unique.map((id) => keys.participant(tenant, id)),
    { projection: 'id, firstName, lastName' },
  );
  // An erased participant's row has no name: the report says so instead.
  for (const item of items)
    names.set(item.id as string, item.firstName ? `${item.firstName} ${item.lastName}` : erasedName);
  return names;
}

/** The provider a participant had before a step (the provision that ran the day before). */
const providerBefore = (provisions: readonly Provision[], date: string) =>
  provisions.filter((provision) => provision.from < date).sort((a, b) => b.from.localeCompare(a.from))[0]
    ?.providerId;

/**
 * Who may bring a goal-based sum due in the month: hires whose support period ended
 * `months` before it (pattern 52, a few days wider for month ends), and steps into
 * studies dated then (pattern 17); each with its end, if any, and the provider before.
 */
export async function goalCandidates(
  tenant: string,
  month: string,
  months: number,
): Promise<GoalCandidate[]> {
  const from = addDays(addMonths(`${month}-01`, -months), -3);
  const to = addDays(addMonths(lastDayOf(month), -months), 3);
  const periods: Employment[] = await listSupportPeriodsEnding(tenant, from, to);
  const studies = await studiesBetween(tenant, from, to);
  const candidates: GoalCandidate[] = [];
  for (const employment of periods) {
    const provisions = await listProvisions(tenant, employment.participantId);
    candidates.push({
      participantId: employment.participantId,
      name: '',
      reason: 'employed',
      since: employment.startDate,
      supportEnded: employment.supportPeriod.endDate,
      ...(employment.endDate ? { endedOn: employment.endDate } : {}),
      ...withProvider(providerBefore(provisions, employment.startDate)),
    });
  }
  for (const step of studies) {
    const [provisions, steps] = await Promise.all([
      listProvisions(tenant, step.participantId),
      listTransitions(tenant, step.participantId),
    ]);
    const after = steps.find(
      (later) => later.date > step.date || (later.date === step.date && later.id > step.id),
    );
    candidates.push({
      participantId: step.participantId,
      name: '',
      reason: 'studies',
      since: step.date,
      supportEnded: step.date,
      ...(after ? { endedOn: after.date } : {}),
      ...withProvider(providerBefore(provisions, step.date)),
    });
  }
  return candidates;
}

const withProvider = (providerId: string | undefined) => (providerId ? { providerId } : {});

async function studiesBetween(tenant: string, from: string, to: string): Promise<Transition[]> {
  const months: string[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = addMonths(`${month}-01`, 1).slice(0, 7))
    months.push(month);
  const pages = await Promise.all(
    months.map((month) =>
      queryAll((page) =>
        queryPage('gsi1', keys.transitionsInMonth(tenant, month), page, stripKeys<Transition>, {
          filter: { to: 'studies' },
        }),
      ),
    ),
  );
  return pages.flat().filter((step) => step.date >= from && step.date <= to);
}
