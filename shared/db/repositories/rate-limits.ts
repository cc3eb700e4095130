import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from '../client.ts';
import { isConditionalCheckFailed } from '../errors.ts';
import { keys } from '../keys.ts';

export interface RateLimit {
  /** Attempts allowed in one window. */
  max: number;
  windowSeconds: number;
}

/**
 * Counts one attempt in the current fixed window of `scope` (an opaque hash: no
 * address is stored) and says whether it is within the limit. The counter item
 * expires by TTL a window after it ends.
 */
export async function withinRateLimit(
  tenant: string,
  scope: string,
  limit: RateLimit,
  now: Date,
): Promise<boolean> {
  const window = Math.floor(now.getTime() / 1000 / limit.windowSeconds);
  try {
    await documents().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.rateWindow(tenant, scope, window),
        UpdateExpression: 'ADD hits :one SET entity = :entity, expiresAt = :expires',
        ConditionExpression: 'attribute_not_exists(hits) OR hits < :max',
        ExpressionAttributeValues: {
          ':one': 1,
          ':max': limit.max,
          ':entity': 'rateLimit',
          ':expires': (window + 2) * limit.windowSeconds,
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
