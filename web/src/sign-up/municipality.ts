import { TenantId } from '#shared/schemas/common';
import type { PublicTenant } from '#shared/schemas/tenant';
import { api } from '../api/client.ts';
import { ApiError, readBody } from '../api/problem.ts';

/** The municipality named in the page's address, or undefined when none by that id uses Bryggan. */
export async function loadMunicipality(tenant: string): Promise<PublicTenant | undefined> {
  if (!TenantId.safeParse(tenant).success) return undefined;
  try {
    return await readBody(api.v1.public[':tenant'].$get({ param: { tenant } }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}
