import { api } from '../api/client.ts';
import { readBody, readJson } from '../api/problem.ts';
import type { Placement } from '../api/types.ts';

export type ChosenStatus = 'draft' | 'open' | 'closed';

/** Publishes or closes a placement, reading it first for the ETag that guards the change. */
export async function changePlacementStatus(id: string, status: ChosenStatus): Promise<Placement> {
  const { etag } = await readJson(api.v1.placements[':id'].$get({ param: { id } }));
  return readBody(
    api.v1.placements[':id'].$patch(
      { param: { id }, json: { status } },
      { headers: { 'If-Match': etag ?? '*' } },
    ),
  );
}

/** The status buttons a placement offers next. */
export function nextStatuses(status: Placement['status'], canPublish: boolean): ChosenStatus[] {
  if (status === 'open' || status === 'full') return ['closed'];
  return canPublish ? ['open'] : [];
}
