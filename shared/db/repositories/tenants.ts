import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntryCreate } from '../../schemas/audit.ts';
import type { Tenant } from '../../schemas/tenant.ts';
import { documents, tableName } from '../client.ts';
import { failedConditions, isConditionalCheckFailed, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { queryAll, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { auditItem } from './audit.ts';

/**
 * The partition key of every tenant item, as an IAM `dynamodb:LeadingKeys`
 * pattern: a role that may only look tenants up is limited to these items.
 */
export const tenantKeyPattern = keys.tenant('*').pk;

export const tenantModel = defineEntity<Tenant>({
  entity: 'tenant',
  key: (tenant) => keys.tenant(tenant.id),
  // The one list across tenants: the scheduled jobs find the tenants they serve here.
  indexes: { gsi1: (tenant) => ({ pk: keys.tenantsAll, sk: tenant.id }) },
});

/** Every tenant's id (the scheduled jobs run once per tenant). */
export async function listTenantIds(): Promise<string[]> {
  const tenants = await queryAll((page) => queryPage('gsi1', keys.tenantsAll, page, stripKeys<Tenant>));
  return tenants.map((tenant) => tenant.id);
}

/** Creates the tenant unless it exists; true when this call created it. */
export async function createTenantIfAbsent(tenant: Tenant): Promise<boolean> {
  try {
    await documents().send(
      new PutCommand({
        TableName: tableName(),
        Item: itemOf(tenantModel, { ...tenant, version: tenant.version ?? 1 }),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

export async function getTenant(tenantId: string): Promise<Tenant | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.tenant(tenantId) }),
  );
  return result.Item ? stripKeys<Tenant>(result.Item) : undefined;
}

/**
 * Writes changed settings if nobody changed them since `expectedVersion`, and the
 * audit entry of the change in the same transaction: no change without its entry.
 * A tenant seeded before settings were versioned has no version and counts as 1.
 */
export async function saveTenant(
  tenant: Tenant,
  expectedVersion: number,
  audit: AuditEntryCreate,
): Promise<Tenant> {
  const saved: Tenant = { ...tenant, version: expectedVersion + 1 };
  try {
    await transact({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: itemOf(tenantModel, saved),
            ConditionExpression:
              'attribute_exists(pk) AND (version = :expected OR (attribute_not_exists(version) AND :expected = :first))',
            ExpressionAttributeValues: { ':expected': expectedVersion, ':first': 1 },
          },
        },
        {
          Put: {
            TableName: tableName(),
            Item: auditItem(tenant.id, audit),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
  } catch (error) {
    if (failedConditions(error)?.includes(0)) throw new StaleVersionError();
    throw error;
  }
  return saved;
}
