import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Tenant } from '../../schemas/tenant.ts';
import { documents, tableName } from '../client.ts';
import { isConditionalCheckFailed } from '../errors.ts';
import { keys } from '../keys.ts';
import { stripKeys } from '../page.ts';

/**
 * The partition key of every tenant item, as an IAM `dynamodb:LeadingKeys`
 * pattern: a role that may only look tenants up is limited to these items.
 */
export const tenantKeyPattern = keys.tenant('*').pk;

/** Creates the tenant unless it exists; true when this call created it. */
export async function createTenantIfAbsent(tenant: Tenant): Promise<boolean> {
  try {
    await documents().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.tenant(tenant.id), entity: 'tenant', ...tenant },
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
