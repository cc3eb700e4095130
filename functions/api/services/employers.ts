import { ConflictError } from '#shared/db/errors';
import { getEmployer } from '#shared/db/repositories/employers';
import type { Employer } from '#shared/schemas/employer';
import type { Principal } from '../auth/principal.ts';
import { conflict, notFound } from '../errors.ts';
import { isStaff } from '../middleware/auth.ts';

export const employerNotActive =
  'Platsen kan öppnas när arbetsgivaren är verifierad. Spara den som utkast så länge.';

/** The employer if the caller may see it; another tenant's or employer's is simply not found. */
export async function visibleEmployer(principal: Principal, employerId: string): Promise<Employer> {
  if (!isStaff(principal.role) && principal.employerId !== employerId) throw notFound('Employer');
  const employer = await getEmployer(principal.tenant, employerId);
  if (!employer) throw notFound('Employer');
  return employer;
}

/** A placement write the store refused because its employer may not open placements yet. */
export const placementConflict = (error: unknown) =>
  error instanceof ConflictError
    ? conflict(error.message, [{ field: 'status', message: employerNotActive }])
    : error;
