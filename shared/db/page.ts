import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.ts';
import { keyAttributeNames } from './model.ts';
import type { IndexName } from './table.ts';

export type PageKey = Record<string, unknown>;

export interface PageRequest {
  limit: number;
  startKey?: PageKey;
}

export interface Page<T> {
  items: T[];
  lastKey?: PageKey;
}

/** `table` queries the base table's pk/sk; the others a global index. */
type QueryTarget = 'table' | IndexName;

/** Equality filters on plain attributes, for small partitions only (Limit counts before filtering). */
export type AttributeFilter = Record<string, string | undefined>;

/** One Query page on a table or index partition, optionally narrowed to a sort-key prefix. */
export async function queryPage<T>(
  index: QueryTarget,
  partition: string,
  page: PageRequest,
  toDomain: (item: Record<string, unknown>) => T,
  options: { sortKeyPrefix?: string; filter?: AttributeFilter } = {},
): Promise<Page<T>> {
  const attribute = (suffix: 'pk' | 'sk') => (index === 'table' ? suffix : `${index}${suffix}`);
  const names: Record<string, string> = { '#pk': attribute('pk') };
  const values: Record<string, unknown> = { ':pk': partition };
  let condition = '#pk = :pk';
  if (options.sortKeyPrefix) {
    names['#sk'] = attribute('sk');
    values[':prefix'] = options.sortKeyPrefix;
    condition += ' AND begins_with(#sk, :prefix)';
  }
  const filters = Object.entries(options.filter ?? {}).filter(([, value]) => value !== undefined);
  filters.forEach(([name, value], i) => {
    names[`#f${i}`] = name;
    values[`:f${i}`] = value;
  });
  const result = await documents().send(
    new QueryCommand({
      TableName: tableName(),
      ...(index === 'table' ? {} : { IndexName: index }),
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
  return Object.fromEntries(Object.entries(item).filter(([name]) => !keyAttributeNames.includes(name))) as T;
}

/** Every page of a query, for the few reads that need a whole partition (matching). */
export async function queryAll<T>(
  read: (page: PageRequest) => Promise<Page<T>>,
  pageSize = 500,
): Promise<T[]> {
  const items: T[] = [];
  let startKey: PageKey | undefined;
  do {
    const page = await read({ limit: pageSize, ...(startKey ? { startKey } : {}) });
    items.push(...page.items);
    startKey = page.lastKey;
  } while (startKey);
  return items;
}
