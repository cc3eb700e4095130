import { getStaffMember, recordStaffMember } from '#shared/db/repositories/staff';
import type { StaffRole } from '#shared/schemas/staff';
import type { Principal } from '../auth/principal.ts';
import { fieldIssue, problem } from '../errors.ts';

/** A participant's coach is someone on the tenant's staff (the caller is), never a typed guess. */
export async function assertStaffMember(
  principal: Principal,
  userId: string,
  field = 'coachId',
): Promise<void> {
  if (userId === principal.userId && principal.role !== 'employer') return;
  if (await getStaffMember(principal.tenant, userId)) return;
  throw problem('participant.coach_unknown', [fieldIssue(field, 'participant.coach')]);
}

// Who this container has already recorded, as `tenant userId role name`: a staff member
// is written once per container and whenever their name or role changes, not per request.
const recorded = new Set<string>();

/** A coach or admin as the staff list records them from their sign-in. */
export const asStaffMember = (principal: Principal & { role: StaffRole }) => ({
  userId: principal.userId,
  name: principal.name ?? principal.userId,
  role: principal.role,
});

/** Records a coach or admin on their first request, so they can be picked as a participant's coach. */
export async function rememberStaff(principal: Principal): Promise<void> {
  if (principal.role === 'employer') return;
  const { name } = asStaffMember({ ...principal, role: principal.role });
  const key = [principal.tenant, principal.userId, principal.role, name, principal.email ?? ''].join(' ');
  if (recorded.has(key)) return;
  await recordStaffMember(principal.tenant, {
    userId: principal.userId,
    name,
    role: principal.role,
    ...(principal.email ? { email: principal.email } : {}),
  });
  recorded.add(key);
}
