import { BatchWriteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import type { AuditEntry, AuditEntryCreate } from '../../schemas/audit.ts';
import { documents, tableName } from '../client.ts';
import { keys } from '../keys.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';

/** The stored item of a new entry, for a write that records its own audit entry in its transaction. */
export function auditItem(
  tenant: string,
  entry: AuditEntryCreate,
  now = new Date(),
): Record<string, unknown> {
  const stored: AuditEntry = { ...entry, id: ulid(), tenant, at: now.toISOString() };
  return { ...keys.auditEntry(tenant, stored.subjectId, stored.at, stored.id), entity: 'audit', ...stored };
}

/** Appends an entry; entries are never updated or deleted by the application. */
export async function appendAudit(
  tenant: string,
  entry: AuditEntryCreate,
  now = new Date(),
): Promise<AuditEntry> {
  const stored: AuditEntry = { ...entry, id: ulid(), tenant, at: now.toISOString() };
  await documents().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.auditEntry(tenant, stored.subjectId, stored.at, stored.id),
        entity: 'audit',
        ...stored,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return stored;
}

const batchSize = 25; // BatchWriteItem's limit

/**
 * Appends one entry per subject for a read that showed many (a list page), 25
 * to a request; what DynamoDB leaves unprocessed is sent again with backoff.
 * Entry keys are new ULIDs, so a retry cannot overwrite another entry.
 */
export async function appendAuditEntries(
  tenant: string,
  entries: readonly AuditEntryCreate[],
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  const items = entries.map((entry) => {
    const stored: AuditEntry = { ...entry, id: ulid(), tenant, at };
    return { ...keys.auditEntry(tenant, stored.subjectId, at, stored.id), entity: 'audit', ...stored };
  });
  for (let start = 0; start < items.length; start += batchSize) {
    let requests = items.slice(start, start + batchSize).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt >= 8) throw new Error('Audit entries stayed unprocessed; the read is refused.');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * 2 ** attempt));
      const result = await documents().send(
        new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }),
      );
      requests = (result.UnprocessedItems?.[tableName()] ?? []) as typeof requests;
    }
  }
}

/** A subject's audit trail, oldest first. */
export async function listAudit(
  tenant: string,
  subjectId: string,
  page: PageRequest,
): Promise<Page<AuditEntry>> {
  return queryPage('table', keys.auditOfSubject(tenant, subjectId), page, stripKeys<AuditEntry>);
}
