import { api } from '../api/client.ts';
import { loadAll } from '../api/load-all.ts';
import { readBody } from '../api/problem.ts';

// Both lists whole: an employer has a handful of users, and a list cut short would hide one.

export const loadEmployerUsers = (employerId: string) =>
  loadAll((cursor) =>
    readBody(
      api.v1.employers[':id'].users.$get({ param: { id: employerId }, query: cursor ? { cursor } : {} }),
    ),
  );

/** Only those still waiting: an accepted invitation is already in the list of users. */
export const loadPendingInvitations = async (employerId: string) =>
  (
    await loadAll((cursor) =>
      readBody(
        api.v1.employers[':id'].invitations.$get({
          param: { id: employerId },
          query: cursor ? { cursor } : {},
        }),
      ),
    )
  ).filter((invitation) => invitation.status === 'pending');

export type EmployerUser = Awaited<ReturnType<typeof loadEmployerUsers>>[number];
export type Invitation = Awaited<ReturnType<typeof loadPendingInvitations>>[number];
