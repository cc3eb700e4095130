import { stripKeys } from '#shared/db/page';
import { type Item, participantData } from '#shared/db/repositories/participant-data';
import { getErasure } from '#shared/db/repositories/participant-erasure';
import { exportDocument } from '#shared/domain/participant-export';
import type { ParticipantExport } from '#shared/schemas/participant-rights';
import { problem } from '../errors.ts';

/** The answer for a profile that is not there: erased (gone from every read), or never there. */
export async function missingParticipant(tenant: string, participantId: string) {
  return problem((await getErasure(tenant, participantId)) ? 'participant.erased' : 'participant.not_found');
}

const plain = (item: Item) => stripKeys<Item>(item);

/** Everything stored about the participant, grouped into the export's parts. */
export async function participantExport(tenant: string, participantId: string): Promise<ParticipantExport> {
  const data = await participantData(tenant, participantId);
  const profile = data.participant ? [plain(data.participant)] : [];
  const matches = data.matches.map(({ match }) => plain(match));
  const calls = data.supportCalls.map(({ call }) => plain(call));
  const employments = data.employments.map(({ employment }) => plain(employment));
  return exportDocument(participantId, new Date().toISOString(), {
    profile,
    consent: [
      ...(data.participant ? [{ about: 'profile', ...data.participant.consent }] : []),
      ...data.matches.map(({ match }) => ({ about: 'match', matchId: match.id, ...match.consent })),
    ],
    transitions: data.transitions.map(({ transition }) => plain(transition)),
    matches,
    eventSignups: data.signups.flatMap(({ signup, companions }) => [plain(signup), ...companions.map(plain)]),
    supportCalls: calls,
    supportRequests: data.supportCalls.flatMap(({ request }) => (request ? [plain(request)] : [])),
    employments,
    provisions: data.provisions.map(plain),
    interests: data.interests.map(plain),
    followUps: [
      ...data.supportCalls.flatMap(({ call }) =>
        call.followUp ? [{ about: 'supportCall', supportCallId: call.id, ...call.followUp }] : [],
      ),
      ...data.employments.flatMap(({ employment }) =>
        employment.checkIns.map((checkIn) => ({
          about: 'employment',
          employmentId: employment.id,
          ...checkIn,
        })),
      ),
    ],
    statistics: [
      ...data.transitions.flatMap(({ spells }) => spells.map(plain)),
      ...data.employments.flatMap(({ marks }) => marks.map(plain)),
    ],
    audit: data.audit.map(plain),
  });
}
