import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { swedishDate } from '../../domain/calendar.ts';
import type { SupportRequest, SupportRequestStatus } from '../../schemas/support-request.ts';
import { documents, tableName } from '../client.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { type Page, type PageRequest, queryAll, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { factItem } from './indicators.ts';
import { queryRange } from './support-query.ts';

export const supportRequestModel = defineEntity<SupportRequest>({
  entity: 'supportRequest',
  key: (request) => keys.supportRequest(request.tenant, request.id),
  indexes: {
    gsi1: (request) => ({
      pk: keys.supportRequestsOfEmployer(request.tenant, request.employerId),
      sk: `${request.createdAt}#${request.id}`,
    }),
    gsi2: (request) => ({
      pk: keys.supportRequestsByStatus(request.tenant, request.status),
      sk: `${request.dueDate}#${request.id}`,
    }),
  },
});

export const supportRequestItem = (request: SupportRequest) => itemOf(supportRequestModel, request);

export async function createSupportRequest(tenant: string, request: SupportRequest): Promise<SupportRequest> {
  await transact({
    TransactItems: [
      {
        Put: {
          TableName: tableName(),
          Item: supportRequestItem({ ...request, tenant }),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      // Counted by the indicators (pattern 57) on the day it was asked.
      factItem(tenant, {
        kind: 'support_request',
        id: request.id,
        date: swedishDate(new Date(request.createdAt)),
        employerId: request.employerId,
      }),
    ],
  });
  return request;
}

export async function getSupportRequest(
  tenant: string,
  requestId: string,
): Promise<SupportRequest | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.supportRequest(tenant, requestId) }),
  );
  return result.Item ? stripKeys<SupportRequest>(result.Item) : undefined;
}

/** An employer's requests, newest first. */
export const listEmployerSupportRequests = (tenant: string, employerId: string, page: PageRequest) =>
  queryRange<SupportRequest>('gsi1', keys.supportRequestsOfEmployer(tenant, employerId), page, {
    newestFirst: true,
  });

/** The tenant's requests in one state, earliest due first. */
export const listSupportRequestsByStatus = (
  tenant: string,
  status: SupportRequestStatus,
  page: PageRequest,
): Promise<Page<SupportRequest>> =>
  queryRange<SupportRequest>('gsi2', keys.supportRequestsByStatus(tenant, status), page);

export const allEmployerSupportRequests = (tenant: string, employerId: string) =>
  queryAll((page) => listEmployerSupportRequests(tenant, employerId, page));

export const allOpenSupportRequests = (tenant: string) =>
  queryAll((page) => listSupportRequestsByStatus(tenant, 'open', page));
