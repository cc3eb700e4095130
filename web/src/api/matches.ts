import { etagOf } from '#shared/http/etag';
import type { MatchCreate, MatchPatch } from '#shared/schemas/match';
import { api } from './client.ts';
import { problemCode, readBody } from './problem.ts';

/** A coach proposes a participant for a placement; the action's key makes a retry harmless. */
export function proposeMatch(json: MatchCreate, idempotencyKey: string) {
  return readBody(api.v1.matches.$post({ json }, { headers: { 'Idempotency-Key': idempotencyKey } }));
}

/** A lifecycle step or a consent change, guarded by the version the match was read with. */
export function changeMatch(match: { id: string; version: number }, json: MatchPatch) {
  return readBody(
    api.v1.matches[':id'].$patch(
      { param: { id: match.id }, json },
      { headers: { 'If-Match': etagOf(match.version) } },
    ),
  );
}

/** The API answered that the placement had no free seat (a 409 from the seat counter). */
export const isNoSeat = (error: unknown) => problemCode(error) === 'match.no_free_seat';
