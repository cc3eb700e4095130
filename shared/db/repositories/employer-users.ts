import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EmployerUser, Invitation } from '../../schemas/employer-user.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';

export const employerUserModel = defineEntity<EmployerUser>({
  entity: 'employerUser',
  key: (user) => keys.employerUser(user.tenant, user.employerId, user.userId),
  indexes: {},
});

interface StoredInvitation {
  invitation: Invitation;
  tokenHash: string;
}

const invitationModel = defineEntity<Invitation & { tokenHash: string }>({
  entity: 'invitation',
  key: (stored) => keys.invitation(stored.tenant, stored.tokenHash),
  indexes: {
    gsi1: (stored) => ({
      pk: keys.invitationsOfEmployer(stored.tenant, stored.employerId),
      sk: `${stored.createdAt}#${stored.id}`,
    }),
  },
});

const toInvitation = (item: Record<string, unknown>): Invitation => {
  const { tokenHash: _hash, ...invitation } = stripKeys<Invitation & { tokenHash: string }>(item);
  return invitation;
};

/** The user's membership and the user → employer link the API authorises by, as one put each. */
export function employerUserItems(user: EmployerUser) {
  return [
    { Put: { TableName: tableName(), Item: itemOf(employerUserModel, user) } },
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.userLink(user.tenant, user.userId), entity: 'userLink', employerId: user.employerId },
        // A user acts for one employer: linking them to a second one is refused.
        ConditionExpression: 'attribute_not_exists(pk) OR employerId = :employerId',
        ExpressionAttributeValues: { ':employerId': user.employerId },
      },
    },
  ];
}

export async function createInvitation(
  tenant: string,
  { invitation, tokenHash }: StoredInvitation,
): Promise<void> {
  await documents().send(
    new PutCommand({
      TableName: tableName(),
      Item: itemOf(invitationModel, { ...invitation, tenant, tokenHash }),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getInvitation(tenant: string, tokenHash: string): Promise<Invitation | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.invitation(tenant, tokenHash) }),
  );
  return result.Item ? toInvitation(result.Item) : undefined;
}

export const listInvitations = (
  tenant: string,
  employerId: string,
  page: PageRequest,
): Promise<Page<Invitation>> =>
  queryPage('gsi1', keys.invitationsOfEmployer(tenant, employerId), page, toInvitation);

export const listEmployerUsers = (
  tenant: string,
  employerId: string,
  page: PageRequest,
): Promise<Page<EmployerUser>> =>
  queryPage('table', keys.employer(tenant, employerId).pk, page, stripKeys<EmployerUser>, {
    sortKeyPrefix: keys.employerUserPrefix,
  });

/**
 * Marks the invitation accepted and adds its user to the employer, in one
 * transaction: a second acceptance, an expired invitation or a user who acts for
 * another employer leaves nothing written.
 */
export async function acceptInvitation(
  tenant: string,
  tokenHash: string,
  user: EmployerUser,
  now: Date,
): Promise<void> {
  try {
    await transact({
      TransactItems: [
        {
          Update: {
            TableName: tableName(),
            Key: keys.invitation(tenant, tokenHash),
            UpdateExpression: 'SET #status = :accepted, acceptedAt = :now, acceptedBy = :userId',
            ConditionExpression: '#status = :pending AND expiresAt > :now',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':accepted': 'accepted',
              ':pending': 'pending',
              ':now': now.toISOString(),
              ':userId': user.userId,
            },
          },
        },
        ...employerUserItems(user),
      ],
    });
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(0)) throw new ConflictError('invitation.used', 'token');
    if (failed?.includes(2)) throw new ConflictError('invitation.user_elsewhere', 'token');
    throw error;
  }
}

/** Takes a user off the employer: their membership and their link go together, or neither. */
export async function removeEmployerUser(
  tenant: string,
  employerId: string,
  userId: string,
): Promise<boolean> {
  try {
    await transact({
      TransactItems: [
        {
          Delete: {
            TableName: tableName(),
            Key: keys.employerUser(tenant, employerId, userId),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Delete: {
            TableName: tableName(),
            Key: keys.userLink(tenant, userId),
            ConditionExpression: 'attribute_not_exists(pk) OR employerId = :employerId',
            ExpressionAttributeValues: { ':employerId': employerId },
          },
        },
      ],
    });
    return true;
  } catch (error) {
    if (failedConditions(error)?.includes(0)) return false;
    throw error;
  }
}
