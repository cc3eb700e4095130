import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from '../client.ts';
import type { Page, PageRequest } from '../page.ts';
import { stripKeys } from '../page.ts';
import type { IndexName } from '../table.ts';

/**
 * One Query page with a sort-key range and a direction, which the support lists need
 * (newest first; due on or before a date) and `queryPage` does not offer.
 */
export async function queryRange<T>(
  index: 'table' | IndexName,
  partition: string,
  page: PageRequest,
  options: {
    newestFirst?: boolean;
    /** Sort keys up to and including this value. */
    upTo?: string;
    /** Sort keys from this value on. */
    from?: string;
    prefix?: string;
  } = {},
): Promise<Page<T>> {
  const attribute = (suffix: 'pk' | 'sk') => (index === 'table' ? suffix : `${index}${suffix}`);
  const names: Record<string, string> = { '#pk': attribute('pk') };
  const values: Record<string, unknown> = { ':pk': partition };
  let condition = '#pk = :pk';
  if (options.prefix !== undefined) {
    names['#sk'] = attribute('sk');
    values[':prefix'] = options.prefix;
    condition += ' AND begins_with(#sk, :prefix)';
  } else if (options.from !== undefined && options.upTo !== undefined) {
    names['#sk'] = attribute('sk');
    values[':from'] = options.from;
    values[':upTo'] = options.upTo;
    condition += ' AND #sk BETWEEN :from AND :upTo';
  } else if (options.upTo !== undefined) {
    names['#sk'] = attribute('sk');
    values[':upTo'] = options.upTo;
    condition += ' AND #sk <= :upTo';
  }
  const result = await documents().send(
    new QueryCommand({
      TableName: tableName(),
      ...(index === 'table' ? {} : { IndexName: index }),
      KeyConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      Limit: page.limit,
      ExclusiveStartKey: page.startKey,
      ScanIndexForward: !options.newestFirst,
    }),
  );
  return {
    items: (result.Items ?? []).map((item) => stripKeys<T>(item)),
    ...(result.LastEvaluatedKey ? { lastKey: result.LastEvaluatedKey } : {}),
  };
}
