import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from '../client.ts';
import { isConditionalCheckFailed } from '../errors.ts';
import { keys } from '../keys.ts';

/** Days a digest marker is kept: long enough to stop any re-run of that day. */
const keepDays = 14;

/**
 * Marks a coach's digest for `date` as sent, unless it already was: true when this
 * call marked it. Put before the mail goes, so a re-run never sends a second one.
 */
export async function markDigestSent(
  tenant: string,
  coachId: string,
  date: string,
  now: Date,
): Promise<boolean> {
  try {
    await documents().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.digestMarker(tenant, coachId, date),
          entity: 'digestMarker',
          tenant,
          coachId,
          date,
          sentAt: now.toISOString(),
          expiresAt: Math.floor(now.getTime() / 1000) + keepDays * 86_400,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
