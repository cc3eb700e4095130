import { placementMovesFrom } from '#shared/domain/placement-status';
import { etagOf } from '#shared/http/etag';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import type { Placement } from '../api/types.ts';

export type ChosenStatus = Exclude<Placement['status'], 'full'>;

/**
 * Publishes or closes a placement as the person saw it: guarded by the version on the page,
 * so a change someone made since fails with 412 instead of being silently overwritten.
 */
export function changePlacementStatus(
  placement: Pick<Placement, 'id' | 'version'>,
  status: ChosenStatus,
): Promise<Placement> {
  return readBody(
    api.v1.placements[':id'].$patch(
      { param: { id: placement.id }, json: { status } },
      { headers: { 'If-Match': etagOf(placement.version) } },
    ),
  );
}

/**
 * The status buttons a placement offers next: the moves the domain allows, except that the
 * list publishes a draft rather than closing it, and publishes only for a verified employer.
 */
export function nextStatuses(status: Placement['status'], canPublish: boolean): ChosenStatus[] {
  return placementMovesFrom(status)
    .filter((to) => (status === 'draft' ? to === 'open' : true))
    .filter((to) => to !== 'open' || canPublish);
}
