import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.ts';
import { isConditionalCheckFailed, StaleVersionError } from './errors.ts';

/** A put of an item that still has the version the caller read, alone or in a transaction. */
export const versionedPut = (item: Record<string, unknown>, expectedVersion: number) => ({
  TableName: tableName(),
  Item: item,
  ConditionExpression: 'attribute_exists(pk) AND version = :expected',
  ExpressionAttributeValues: { ':expected': expectedVersion },
});

/** Replaces an item only if it still has the version the caller read (optimistic locking). */
export async function putIfVersion(item: Record<string, unknown>, expectedVersion: number): Promise<void> {
  try {
    await documents().send(new PutCommand(versionedPut(item, expectedVersion)));
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw new StaleVersionError();
    throw error;
  }
}
