import { api } from '../../api/client.ts';
import { ApiError, readJson } from '../../api/problem.ts';

/** A participant and the ETag to change it with; undefined when there is none by that id. */
export async function loadParticipant(id: string) {
  try {
    const { body, etag } = await readJson(api.v1.participants[':id'].$get({ param: { id } }));
    return { participant: body, etag: etag ?? '*' };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return undefined;
    throw error;
  }
}

export const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`;
