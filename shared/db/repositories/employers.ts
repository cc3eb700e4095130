import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { unitKey, workplaceTaken } from '../../domain/employer-unit.ts';
import type { Employer, EmployerCreate, EmployerStatus } from '../../schemas/employer.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, itemOf } from '../model.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { putIfVersion, versionedPut } from '../versioned.ts';
import { employerUserItems } from './employer-users.ts';
import { pausedSetItem } from './paused-employers.ts';

// Pending employers sort first in the tenant-wide list: a coach's work queue.
const statusRank: Record<EmployerStatus, string> = { pending: '1', active: '2', paused: '3' };

export const employerModel = defineEntity<Employer>({
  entity: 'employer',
  key: (employer) => keys.employer(employer.tenant, employer.id),
  indexes: {
    gsi2: (employer) => ({
      pk: keys.employerByStatus(employer.tenant, employer.status),
      sk: `${sortableName(employer)}#${employer.id}`,
    }),
    gsi3: (employer) => ({
      pk: keys.employersAll(employer.tenant),
      sk: `${statusRank[employer.status]}#${sortableName(employer)}#${employer.id}`,
    }),
  },
});

const sortableName = (employer: Employer) => employer.name.toLocaleLowerCase('sv');
const toItem = (employer: Employer) => itemOf(employerModel, employer);

/**
 * A transaction item that holds only while the employer exists (and, with
 * `mustBeActive`, is active): a write that needs it cannot slip past a
 * concurrent pause.
 */
export function employerCheck(tenant: string, employerId: string, mustBeActive: boolean) {
  return {
    ConditionCheck: {
      TableName: tableName(),
      Key: keys.employer(tenant, employerId),
      ConditionExpression: mustBeActive
        ? 'attribute_exists(pk) AND #status = :active'
        : 'attribute_exists(pk)',
      ExpressionAttributeNames: mustBeActive ? { '#status': 'status' } : undefined,
      ExpressionAttributeValues: mustBeActive ? { ':active': 'active' } : undefined,
    },
  };
}

export const activeEmployerCheck = (tenant: string, employerId: string) =>
  employerCheck(tenant, employerId, true);

export interface RegisterEmployer {
  employer: EmployerCreate;
  status: EmployerStatus;
  /** The self-registering employer user: the company's first user, added in the same write. */
  firstUser?: { userId: string; name: string };
  actorId: string;
}

/**
 * Creates the employer, its org-number guard and (for self-registration) the
 * user's link in one transaction, so a duplicate leaves nothing behind.
 */
export async function createEmployer(
  tenant: string,
  request: RegisterEmployer,
  now = new Date(),
): Promise<Employer> {
  const timestamp = now.toISOString();
  const employer: Employer = {
    id: ulid(),
    tenant,
    ...request.employer,
    status: request.status,
    ...(request.status === 'active' ? { verifiedAt: timestamp, verifiedBy: request.actorId } : {}),
    createdAt: timestamp,
    updatedAt: timestamp,
    version: 1,
  };
  const guard = keys.orgNumberGuard(tenant, employer.orgNumber, unitKey(employer.unit));
  try {
    await transact({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: toItem(employer),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: tableName(),
            Item: {
              ...guard,
              entity: 'orgNumberGuard',
              employerId: employer.id,
              name: employer.name,
              ...(employer.unit ? { unit: employer.unit } : {}),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...(request.firstUser
          ? employerUserItems({
              ...request.firstUser,
              tenant,
              employerId: employer.id,
              via: 'registration',
              addedAt: timestamp,
              addedBy: request.firstUser.userId,
            })
          : []),
      ],
    });
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(1)) {
      const holder = await documents().send(new GetCommand({ TableName: tableName(), Key: guard }));
      const taken = holder.Item ? workplaceTaken(holder.Item as { name: string; unit?: string }) : undefined;
      throw new ConflictError('employer.org_number_taken', 'orgNumber', taken);
    }
    if (failed?.includes(3)) throw new ConflictError('employer.already_registered');
    throw error;
  }
  return employer;
}

export async function getEmployer(tenant: string, employerId: string): Promise<Employer | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.employer(tenant, employerId) }),
  );
  return result.Item ? stripKeys<Employer>(result.Item) : undefined;
}

/** The employer a self-registered user belongs to, when the token does not say. */
export async function getLinkedEmployerId(tenant: string, userId: string): Promise<string | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.userLink(tenant, userId) }),
  );
  return result.Item?.employerId as string | undefined;
}

export async function listEmployers(
  tenant: string,
  filter: { status?: EmployerStatus },
  page: PageRequest,
): Promise<Page<Employer>> {
  return filter.status
    ? queryPage('gsi2', keys.employerByStatus(tenant, filter.status), page, stripKeys<Employer>)
    : queryPage('gsi3', keys.employersAll(tenant), page, stripKeys<Employer>);
}

/**
 * Writes a changed employer if nobody else changed it since `expectedVersion`
 * (`previousStatus` is the status read at that version). A change into or out of
 * paused also updates the tenant's paused set in the same transaction, so no crash or
 * race leaves the set and the employer disagreeing. The caller applies the business
 * rules; this only guards the write.
 */
export async function saveEmployer(
  tenant: string,
  employer: Employer,
  expectedVersion: number,
  previousStatus: EmployerStatus,
): Promise<Employer> {
  const saved: Employer = { ...employer, tenant, version: expectedVersion + 1 };
  const pausedSet = pausedSetItem(tenant, saved.id, previousStatus, saved.status);
  if (!pausedSet) {
    await putIfVersion(toItem(saved), expectedVersion);
    return saved;
  }
  try {
    await transact({
      TransactItems: [{ Put: versionedPut(toItem(saved), expectedVersion) }, pausedSet],
    });
  } catch (error) {
    if (failedConditions(error)?.includes(0)) throw new StaleVersionError();
    throw error;
  }
  return saved;
}
