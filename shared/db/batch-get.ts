import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.ts';

type Key = { pk: string; sk: string };

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(500, 10 * 2 ** attempt)));

/**
 * Reads up to 100 items by key in one BatchGetItem. Keys DynamoDB leaves unprocessed
 * (throttling, a 16 MB answer) are asked again with jittered backoff. Answers a
 * lookup of the items read by key (DynamoDB returns them in no particular order).
 */
export async function getMany(
  wanted: readonly Key[],
  attempts = 8,
): Promise<(key: Key) => Record<string, unknown> | undefined> {
  const items: Record<string, unknown>[] = [];
  let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
    [tableName()]: { Keys: [...wanted] },
  };
  for (let attempt = 1; request && Object.keys(request).length > 0; attempt++) {
    // Throttling is why keys stay unprocessed: named so, the API answers 503 (try again).
    if (attempt > attempts)
      throw Object.assign(new Error('BatchGetItem left keys unprocessed'), { name: 'ThrottlingException' });
    if (attempt > 1) await pause(attempt);
    const result = await documents().send(new BatchGetCommand({ RequestItems: request }));
    items.push(...(result.Responses?.[tableName()] ?? []));
    request = result.UnprocessedKeys as typeof request;
  }
  return (key) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
}
