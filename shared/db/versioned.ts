import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.ts';
import { isConditionalCheckFailed, StaleVersionError } from './errors.ts';

/** Replaces an item only if it still has the version the caller read (optimistic locking). */
export async function putIfVersion(item: Record<string, unknown>, expectedVersion: number): Promise<void> {
  try {
    await documents().send(
      new PutCommand({
        TableName: tableName(),
        Item: item,
        ConditionExpression: 'attribute_exists(pk) AND version = :expected',
        ExpressionAttributeValues: { ':expected': expectedVersion },
      }),
    );
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw new StaleVersionError();
    throw error;
  }
}
