import { api } from '../../api/client.ts';
import { readVersioned } from '../../api/etag.ts';
import { ApiError } from '../../api/problem.ts';

/** A participant and the ETag to change it with; undefined when there is none by that id. */
export async function loadParticipant(id: string) {
  try {
    const { body, etag } = await readVersioned(api.v1.participants[':id'].$get({ param: { id } }));
    return { participant: body, etag };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return undefined;
    throw error;
  }
}

export const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`;
