// THE ONE PLACE IN THE REPOSITORY THAT MAY SCAN (tests/unit/no-scan.test.ts allows this file only).
//
// Tests compare everything a tenant has in the table before and after a rejected
// request, to prove nothing was half-written. No Query can list "every item of a
// tenant", so this uses a Scan with a begins_with filter on its own raw client:
// the repositories' client (`documents()`) refuses Scan (see env.ts), and that
// guard stays untouched. Never import this from product code.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

let raw: DynamoDBDocumentClient | undefined;

function rawClient(): DynamoDBDocumentClient {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint)
    throw new Error('table-snapshot needs DYNAMODB_ENDPOINT (DynamoDB Local) and never runs in AWS');
  raw ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
  return raw;
}

export type Item = Record<string, unknown>;
/** A tenant's items keyed by `pk|sk`, each value the whole item. */
export type Snapshot = Map<string, Item>;

const itemKey = (item: Item) => `${String(item.pk)}|${String(item.sk)}`;

/**
 * Every item whose pk starts with `T#<tenant>#`, for each tenant given, read
 * with one paginated Scan (consistent, so a write that was acknowledged is seen).
 */
export async function snapshotTenants(...tenants: string[]): Promise<Map<string, Snapshot>> {
  const tableName = process.env.TABLE_NAME;
  if (!tableName) throw new Error('table-snapshot needs TABLE_NAME');
  const prefixes = tenants.map((tenant) => `T#${tenant}#`);
  const values = Object.fromEntries(prefixes.map((prefix, index) => [`:p${index}`, prefix]));
  const filter = prefixes.map((_, index) => `begins_with(pk, :p${index})`).join(' OR ');
  const result = new Map<string, Snapshot>(tenants.map((tenant) => [tenant, new Map()]));
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await rawClient().send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: filter,
        ExpressionAttributeValues: values,
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const index = prefixes.findIndex((prefix) => String(item.pk).startsWith(prefix));
      result.get(tenants[index]!)!.set(itemKey(item), item);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return result;
}

export async function snapshotTenant(tenant: string): Promise<Snapshot> {
  return (await snapshotTenants(tenant)).get(tenant)!;
}

/** What changed between two snapshots, as readable lines (empty when nothing did). */
export function snapshotDiff(before: Snapshot, after: Snapshot): string[] {
  const lines: string[] = [];
  for (const [key, item] of after) {
    // A public sign-up attempt is counted against its rate limit even when refused: by design.
    if (item.entity === 'rateLimit') continue;
    const old = before.get(key);
    if (!old) lines.push(`added ${key}`);
    else if (stable(old) !== stable(item)) lines.push(`changed ${key}: ${stable(old)} -> ${stable(item)}`);
  }
  for (const [key, item] of before)
    if (!after.has(key) && item.entity !== 'rateLimit') lines.push(`removed ${key}`);
  return lines;
}

/** JSON with sorted keys, so equal items print equally. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Set)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner instanceof Set
        ? [...inner].sort()
        : inner,
  );
}

/**
 * A Scan command for the test that proves the repositories' client refuses Scan
 * (placements.test.ts): built here so that no other file imports ScanCommand.
 */
export const scanCommandForGuardTest = (tableName: string) => new ScanCommand({ TableName: tableName });

/**
 * Every item of the whole table and of every index whose text contains one of
 * `needles` (the proof that an erasure left nothing behind), as `where: pk|sk` lines.
 */
export async function findInWholeTable(needles: readonly string[]): Promise<string[]> {
  const tableName = process.env.TABLE_NAME;
  if (!tableName) throw new Error('table-snapshot needs TABLE_NAME');
  const found: string[] = [];
  for (const index of [undefined, 'gsi1', 'gsi2', 'gsi3']) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await rawClient().send(
        new ScanCommand({
          TableName: tableName,
          ...(index ? { IndexName: index } : { ConsistentRead: true }),
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const text = JSON.stringify(item).toLowerCase();
        const hit = needles.find((needle) => text.includes(needle.toLowerCase()));
        if (hit) found.push(`${index ?? 'table'}: ${itemKey(item)} (${String(item.entity)}) has ${hit}`);
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }
  return found;
}
