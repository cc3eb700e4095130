import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.ts';

type Key = { pk: string; sk: string };
type Item = Record<string, unknown>;

interface ReadOptions {
  consistentRead?: boolean;
  projection?: string;
  attempts?: number;
}

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(500, 10 * 2 ** attempt)));

/**
 * Reads items by key, 100 to a BatchGetItem. Keys DynamoDB leaves unprocessed
 * (throttling, a 16 MB answer) are asked again with jittered backoff. The items come
 * back in no particular order; a missing key has none.
 */
export async function readByKeys(
  wanted: readonly Key[],
  { consistentRead, projection, attempts = 8 }: ReadOptions = {},
): Promise<Item[]> {
  const items: Item[] = [];
  for (let start = 0; start < wanted.length; start += 100) {
    let request: Record<string, { Keys: Item[] }> | undefined = {
      [tableName()]: {
        Keys: wanted.slice(start, start + 100),
        ...(consistentRead ? { ConsistentRead: true } : {}),
        ...(projection ? { ProjectionExpression: projection } : {}),
      },
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
  }
  return items;
}

/** `readByKeys` for up to 100 keys, answered as a lookup by key. */
export async function getMany(wanted: readonly Key[], attempts = 8): Promise<(key: Key) => Item | undefined> {
  const items = await readByKeys(wanted, { attempts });
  return (key) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
}
