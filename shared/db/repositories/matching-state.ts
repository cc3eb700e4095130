import type { Employer } from '../../schemas/employer.ts';
import type { Participant } from '../../schemas/participant.ts';
import type { Tenant } from '../../schemas/tenant.ts';
import { getMany } from '../batch-get.ts';
import { keys } from '../keys.ts';
import { stripKeys } from '../page.ts';
import { type PausedEmployers, pausedEmployersOf } from './paused-employers.ts';

export interface MatchingState {
  settings?: Tenant;
  paused: PausedEmployers;
  participant?: Participant;
  employer?: Employer;
}

/**
 * What ranking reads before the placements or participants it ranks, in one
 * BatchGetItem (pattern 74): the tenant's settings, its paused employers and, when
 * asked, the participant being matched or the employer whose placement is ranked.
 */
export async function getMatchingState(
  tenant: string,
  wanted: { participantId?: string; employerId?: string } = {},
): Promise<MatchingState> {
  const participantKey = wanted.participantId ? keys.participant(tenant, wanted.participantId) : undefined;
  const employerKey = wanted.employerId ? keys.employer(tenant, wanted.employerId) : undefined;
  const found = await getMany([
    keys.tenant(tenant),
    keys.pausedEmployers(tenant),
    ...(participantKey ? [participantKey] : []),
    ...(employerKey ? [employerKey] : []),
  ]);
  const settings = found(keys.tenant(tenant));
  const participant = participantKey && found(participantKey);
  const employer = employerKey && found(employerKey);
  return {
    ...(settings ? { settings: stripKeys<Tenant>(settings) } : {}),
    paused: pausedEmployersOf(found(keys.pausedEmployers(tenant))),
    // An erased person's de-identified row shares the key shape: never a profile.
    ...(participant?.entity === 'participant' ? { participant: stripKeys<Participant>(participant) } : {}),
    ...(employer ? { employer: stripKeys<Employer>(employer) } : {}),
  };
}
