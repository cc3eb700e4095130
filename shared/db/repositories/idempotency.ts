import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from '../client.ts';
import { isConditionalCheckFailed } from '../errors.ts';
import { keys } from '../keys.ts';

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type IdempotencyRecord =
  | { state: 'inProgress'; fingerprint: string }
  | { state: 'completed'; fingerprint: string; response: StoredResponse };

const retentionSeconds = 24 * 60 * 60;

/**
 * How long a claim holds its key while its request runs. Longer than the API
 * Lambda's timeout (20 s, infra/stacks/api-stack.ts), so a live request is never
 * taken over; a request that died without finishing frees its key after this.
 */
export const claimLeaseSeconds = 30;

/**
 * Claims a key for one request. Exactly one of several concurrent callers wins;
 * the others get the record they lost to. An expired key, or a claim whose lease
 * ran out (its request died), may be claimed again.
 */
export async function claimIdempotencyKey(
  tenant: string,
  userId: string,
  key: string,
  fingerprint: string,
  now = new Date(),
): Promise<{ claimed: true } | { claimed: false; record: IdempotencyRecord }> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const itemKey = keys.idempotency(tenant, userId, key);
  try {
    await documents().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...itemKey,
          entity: 'idempotency',
          state: 'inProgress',
          fingerprint,
          leaseUntil: nowSeconds + claimLeaseSeconds,
          expiresAt: nowSeconds + retentionSeconds,
        },
        ConditionExpression:
          'attribute_not_exists(pk) OR expiresAt < :now OR (#state = :inProgress AND leaseUntil < :now)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':now': nowSeconds, ':inProgress': 'inProgress' },
      }),
    );
    return { claimed: true };
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  const existing = await documents().send(
    new GetCommand({ TableName: tableName(), Key: itemKey, ConsistentRead: true }),
  );
  const item = existing.Item;
  if (!item) return claimIdempotencyKey(tenant, userId, key, fingerprint, now);
  return {
    claimed: false,
    record:
      item.state === 'completed'
        ? { state: 'completed', fingerprint: item.fingerprint, response: item.response as StoredResponse }
        : { state: 'inProgress', fingerprint: item.fingerprint },
  };
}

export async function completeIdempotencyKey(
  tenant: string,
  userId: string,
  key: string,
  fingerprint: string,
  response: StoredResponse,
  now = new Date(),
  participantId?: string,
): Promise<void> {
  const itemKey = keys.idempotency(tenant, userId, key);
  await documents().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...itemKey,
        // A reply that names a participant is listed under them, so their erasure deletes it.
        ...(participantId
          ? { gsi3pk: keys.idempotencyOfParticipant(tenant, participantId), gsi3sk: itemKey.pk }
          : {}),
        entity: 'idempotency',
        state: 'completed',
        fingerprint,
        response,
        expiresAt: Math.floor(now.getTime() / 1000) + retentionSeconds,
      },
    }),
  );
}

/** Frees a key whose request failed on our side, so the client may retry with it. */
export async function releaseIdempotencyKey(tenant: string, userId: string, key: string): Promise<void> {
  await documents().send(
    new DeleteCommand({ TableName: tableName(), Key: keys.idempotency(tenant, userId, key) }),
  );
}
