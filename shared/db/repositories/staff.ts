import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StaffMember, StaffRole } from '../../schemas/staff.ts';
import { documents, tableName } from '../client.ts';
import { keys } from '../keys.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';

/** Records a coach or admin, keeping when they were first seen; name and role follow the latest sign-in. */
export async function recordStaffMember(
  tenant: string,
  member: Pick<StaffMember, 'userId' | 'name' | 'role' | 'email'>,
  now = new Date(),
): Promise<void> {
  await documents().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.staffMember(tenant, member.userId),
      // The address only when the sign-in carries one: a token without it keeps the one recorded.
      UpdateExpression: `SET entity = :entity, tenant = :tenant, userId = :userId, #name = :name, #role = :role, firstSeenAt = if_not_exists(firstSeenAt, :now)${member.email ? ', email = :email' : ''}`,
      ExpressionAttributeNames: { '#name': 'name', '#role': 'role' },
      ExpressionAttributeValues: {
        ':entity': 'staffMember',
        ':tenant': tenant,
        ':userId': member.userId,
        ':name': member.name,
        ':role': member.role,
        ':now': now.toISOString(),
        ...(member.email ? { ':email': member.email } : {}),
      },
    }),
  );
}

export async function getStaffMember(tenant: string, userId: string): Promise<StaffMember | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.staffMember(tenant, userId) }),
  );
  return result.Item ? stripKeys<StaffMember>(result.Item) : undefined;
}

/**
 * Sets (or, with null, removes) the phone a staff member gives employers, recording
 * the member as a sign-in would if they were not yet.
 */
export async function setStaffPhone(
  tenant: string,
  member: Pick<StaffMember, 'userId' | 'name' | 'role'>,
  phone: string | null,
  now = new Date(),
): Promise<StaffMember> {
  const result = await documents().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.staffMember(tenant, member.userId),
      UpdateExpression: `SET entity = :entity, tenant = :tenant, userId = :userId, #name = if_not_exists(#name, :name), #role = if_not_exists(#role, :role), firstSeenAt = if_not_exists(firstSeenAt, :now)${phone === null ? ' REMOVE phone' : ', phone = :phone'}`,
      ExpressionAttributeNames: { '#name': 'name', '#role': 'role' },
      ExpressionAttributeValues: {
        ':entity': 'staffMember',
        ':tenant': tenant,
        ':userId': member.userId,
        ':name': member.name,
        ':role': member.role,
        ':now': now.toISOString(),
        ...(phone === null ? {} : { ':phone': phone }),
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return stripKeys<StaffMember>(result.Attributes ?? {});
}

/** The tenant's staff, optionally of one role (a filter on the tenant's one small partition). */
export const listStaff = (
  tenant: string,
  filter: { role?: StaffRole },
  page: PageRequest,
): Promise<Page<StaffMember>> =>
  queryPage('table', keys.staffMember(tenant, '').pk, page, stripKeys<StaffMember>, {
    sortKeyPrefix: 'USER#',
    filter: { role: filter.role },
  });
