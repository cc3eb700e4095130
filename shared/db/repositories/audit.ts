import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import type { AuditEntry, AuditEntryCreate } from '../../schemas/audit.ts';
import { documents, tableName } from '../client.ts';
import { keys } from '../keys.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';

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

/** A subject's audit trail, oldest first. */
export async function listAudit(
  tenant: string,
  subjectId: string,
  page: PageRequest,
): Promise<Page<AuditEntry>> {
  return queryPage('table', keys.auditOfSubject(tenant, subjectId), page, stripKeys<AuditEntry>);
}
