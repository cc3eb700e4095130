import { api } from '../api/client.ts';
import { loadAll } from '../api/load-all.ts';
import { readBody } from '../api/problem.ts';
import type { StaffMember } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';

/** The tenant's coaches, by name; for picking a participant's coach and for showing who it is. */
export function useCoaches() {
  const { state } = useLoad('coaches', () =>
    loadAll((cursor) =>
      readBody(api.v1.users.$get({ query: { role: 'coach', limit: '100', ...(cursor ? { cursor } : {}) } })),
    ),
  );
  const coaches: StaffMember[] = state.status === 'ready' ? state.data : [];
  const nameOf = (userId: string) => coaches.find((coach) => coach.userId === userId)?.name;
  return { coaches, nameOf, loading: state.status === 'loading' };
}
