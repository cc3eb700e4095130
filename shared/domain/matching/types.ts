import type { MatchingWeights } from '../../schemas/matching.ts';
import type { Participant } from '../../schemas/participant.ts';
import type { Placement } from '../../schemas/placement.ts';

// The parts of the stored shapes matching reads, so repository results pass straight in.
export type MatchParticipant = Pick<
  Participant,
  | 'id'
  | 'stage'
  | 'interests'
  | 'preferredTasks'
  | 'availability'
  | 'supportLevel'
  | 'environmentNeeds'
  | 'capabilities'
  | 'home'
  | 'maxTravelMinutes'
>;

export type MatchPlacement = Pick<
  Placement,
  | 'id'
  | 'kind'
  | 'sector'
  | 'tasks'
  | 'traits'
  | 'seats'
  | 'seatsTaken'
  | 'schedule'
  | 'maxSupportLevel'
  | 'environment'
  | 'supervisorOnSite'
  | 'location'
  | 'status'
>;

export interface MatchingContext {
  /** The tenant's weights; defaultWeights when absent. */
  weights?: MatchingWeights;
  /** The names of the sectors the tenant added, so a reason can name them. */
  sectorNames?: Readonly<Record<string, { sv: string; en: string }>>;
}
