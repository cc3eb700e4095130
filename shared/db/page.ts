import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.ts';

export type PageKey = Record<string, unknown>;

export interface PageRequest {
  limit: number;
  startKey?: PageKey;
}

export interface Page<T> {
  items: T[];
  lastKey?: PageKey;
}

type IndexName = 'gsi1' | 'gsi2' | 'gsi3';

/** Equality filters on plain attributes, for small partitions only (Limit counts before filtering). */
export type AttributeFilter = Record<string, string | undefined>;

/** One Query page on an index partition, optionally narrowed to a sort-key prefix. */
export async function queryIndexPage<T>(
  index: IndexName,
  partition: string,
  page: PageRequest,
  toDomain: (item: Record<string, unknown>) => T,
  options: { sortKeyPrefix?: string; filter?: AttributeFilter } = {},
): Promise<Page<T>> {
  const names: Record<string, string> = { '#pk': `${index}pk` };
  const values: Record<string, unknown> = { ':pk': partition };
  let condition = '#pk = :pk';
  if (options.sortKeyPrefix) {
    names['#sk'] = `${index}sk`;
    values[':prefix'] = options.sortKeyPrefix;
    condition += ' AND begins_with(#sk, :prefix)';
  }
  const filters = Object.entries(options.filter ?? {}).filter(([, value]) => value !== undefined);
  filters.forEach(([attribute, value], i) => {
    names[`#f${i}`] = attribute;
    values[`:f${i}`] = value;
  });
  const result = await documents().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      Limit: page.limit,
      ExclusiveStartKey: page.startKey,
      ...(filters.length > 0
        ? { FilterExpression: filters.map((_, i) => `#f${i} = :f${i}`).join(' AND ') }
        : {}),
    }),
  );
  return {
    items: (result.Items ?? []).map(toDomain),
    ...(result.LastEvaluatedKey ? { lastKey: result.LastEvaluatedKey } : {}),
  };
}

/** Drops the key attributes so callers get the domain object only. */
export function stripKeys<T>(item: Record<string, unknown>): T {
  const { pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk, entity, ...domain } = item;
  return domain as T;
}
