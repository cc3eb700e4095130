import { GetCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { swedishDate } from '../../domain/calendar.ts';
import type { SupportCall } from '../../schemas/support-call.ts';
import type { SupportRequest } from '../../schemas/support-request.ts';
import type { Gender } from '../../schemas/vocabulary.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { type Page, type PageRequest, queryAll, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { factItem } from './indicators.ts';
import { queryRange } from './support-query.ts';
import { supportRequestItem } from './support-requests.ts';

export const supportCallModel = defineEntity<SupportCall>({
  entity: 'supportCall',
  key: (call) => keys.supportCall(call.tenant, call.id),
  indexes: {
    gsi1: (call) => ({
      pk: keys.supportCallsOfEmployer(call.tenant, call.employerId),
      sk: `${call.at}#${call.id}`,
    }),
    gsi2: (call) =>
      call.participantId
        ? { pk: keys.supportCallsOfParticipant(call.tenant, call.participantId), sk: `${call.at}#${call.id}` }
        : undefined,
    // Only while the follow-up is open: marking it done takes the call off the list of due follow-ups.
    gsi3: (call) =>
      call.followUp && !call.followUp.doneAt
        ? { pk: keys.openFollowUps(call.tenant), sk: `${call.followUp.dueDate}#SUPPORTCALL#${call.id}` }
        : undefined,
  },
});

const callItem = (call: SupportCall) => itemOf(supportCallModel, call);

/**
 * Records a call; when it answers an employer's request, the request is marked
 * answered in the same transaction (conditional on it being the version read).
 */
export async function createSupportCall(
  tenant: string,
  call: SupportCall,
  answers?: { request: SupportRequest; answered: SupportRequest },
  gender: Gender = 'unspecified',
): Promise<SupportCall> {
  const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [
    {
      Put: {
        TableName: tableName(),
        Item: callItem({ ...call, tenant }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
  // Counted by the indicators (pattern 57), by the gender of the participant it was about.
  const counted = factItem(tenant, {
    kind: 'support_call',
    id: call.id,
    date: swedishDate(new Date(call.at)),
    employerId: call.employerId,
    gender,
  });
  if (answers) {
    items.push({
      Put: {
        TableName: tableName(),
        Item: supportRequestItem(answers.answered),
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':expected': answers.request.version },
      },
    });
  }
  try {
    await transact({ TransactItems: [...items, counted] });
  } catch (error) {
    if (failedConditions(error)?.includes(1)) throw new ConflictError('resource.changed', 'supportRequestId');
    throw error;
  }
  return call;
}

export async function getSupportCall(tenant: string, callId: string): Promise<SupportCall | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.supportCall(tenant, callId) }),
  );
  return result.Item ? stripKeys<SupportCall>(result.Item) : undefined;
}

export async function saveSupportCall(
  tenant: string,
  call: SupportCall,
  expectedVersion: number,
  before?: SupportCall,
  gender: Gender = 'unspecified',
): Promise<SupportCall> {
  const saved: SupportCall = { ...call, tenant, version: expectedVersion + 1 };
  try {
    await transact({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: callItem(saved),
            ConditionExpression: 'attribute_exists(pk) AND version = :expected',
            ExpressionAttributeValues: { ':expected': expectedVersion },
          },
        },
        ...followUpFactItems(tenant, before, saved, gender),
      ],
    });
  } catch (error) {
    if (failedConditions(error)?.includes(0)) throw new StaleVersionError();
    throw error;
  }
  return saved;
}

/**
 * The indicators count a follow-up done on the day it was marked done (pattern 57):
 * marking it done puts the fact, opening it again deletes it.
 */
function followUpFactItems(
  tenant: string,
  before: SupportCall | undefined,
  after: SupportCall,
  gender: Gender,
) {
  const wasDone = before?.followUp?.doneAt;
  const isDone = after.followUp?.doneAt;
  if (wasDone === isDone) return [];
  const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [];
  if (wasDone)
    items.push({
      Delete: {
        TableName: tableName(),
        Key: keys.fact(tenant, swedishDate(new Date(wasDone)), 'follow_up_done', after.id),
      },
    });
  if (isDone && after.followUp)
    items.push(
      factItem(tenant, {
        kind: 'follow_up_done',
        id: after.id,
        date: swedishDate(new Date(isDone)),
        dueDate: after.followUp.dueDate,
        gender,
      }),
    );
  return items;
}

/** An employer's or a participant's calls, newest first. */
export function listSupportCalls(
  tenant: string,
  owner: { employerId: string } | { participantId: string },
  page: PageRequest,
): Promise<Page<SupportCall>> {
  return 'employerId' in owner
    ? queryRange('gsi1', keys.supportCallsOfEmployer(tenant, owner.employerId), page, { newestFirst: true })
    : queryRange('gsi2', keys.supportCallsOfParticipant(tenant, owner.participantId), page, {
        newestFirst: true,
      });
}

/** Calls whose follow-up is open and due on or before `date`, earliest first. */
export function listCallsWithFollowUpDue(tenant: string, date: string, page: PageRequest) {
  return queryRange<SupportCall>('gsi3', keys.openFollowUps(tenant), page, {
    from: '0',
    upTo: `${date}#SUPPORTCALL#~`,
  }).then((result) => ({ ...result, items: result.items.filter((item) => item.followUp !== undefined) }));
}

/** Every open follow-up item (calls and employments) due on or before `date`: one small partition. */
export function listOpenFollowUpItems(tenant: string, date: string): Promise<Record<string, unknown>[]> {
  return queryAll((page) =>
    queryRange<Record<string, unknown>>('gsi3', keys.openFollowUps(tenant), page, { upTo: `${date}#~` }),
  );
}

/** Every call of an employer or participant, for the timelines. */
export const allSupportCalls = (tenant: string, owner: { employerId: string } | { participantId: string }) =>
  queryAll((page) => listSupportCalls(tenant, owner, page));
