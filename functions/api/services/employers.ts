import { getEmployer } from '#shared/db/repositories/employers';
import type { Employer } from '#shared/schemas/employer';
import type { Principal } from '../auth/principal.ts';
import { problem } from '../errors.ts';
import { isStaff } from '../middleware/auth.ts';

/** The employer if the caller may see it; another tenant's or employer's is simply not found. */
export async function visibleEmployer(principal: Principal, employerId: string): Promise<Employer> {
  if (!isStaff(principal.role) && principal.employerId !== employerId) throw problem('employer.not_found');
  const employer = await getEmployer(principal.tenant, employerId);
  if (!employer) throw problem('employer.not_found');
  return employer;
}
