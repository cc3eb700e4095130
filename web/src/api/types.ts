import type { InferResponseType } from 'hono/client';
import type { api, devApi } from './client.ts';

// The shapes the web reads, as the API's routes declare them.
export type Employer = InferResponseType<(typeof api.v1.employers)[':id']['$get'], 200>;
export type Placement = InferResponseType<(typeof api.v1.placements)[':id']['$get'], 200>;
export type DemoUser = InferResponseType<typeof devApi.users.$get, 200>['items'][number];

export type Participant = InferResponseType<(typeof api.v1.participants)[':id']['$get'], 200>;
export type Transition = InferResponseType<
  (typeof api.v1.participants)[':id']['transitions']['$get'],
  200
>['items'][number];
export type RankedPlacements = InferResponseType<(typeof api.v1.participants)[':id']['matches']['$get'], 200>;
export type RankedCandidates = InferResponseType<
  (typeof api.v1.placements)[':id']['candidates']['$get'],
  200
>;
export type BatchSuggestion = InferResponseType<typeof api.v1.matching.batch.$post, 200>;
export type ScoreReason = RankedPlacements['items'][number]['reasons'][number];
export type ExclusionReason = NonNullable<RankedPlacements['excluded']>[number]['reasons'][number];

/** GET /v1/matches answers staff with whole matches and employers with their view of them. */
type AnyMatch = InferResponseType<typeof api.v1.matches.$get, 200>['items'][number];
export type Match = Extract<AnyMatch, { participantId: string }>;
export type EmployerMatch = Exclude<AnyMatch, { participantId: string }>;

export const isEmployerMatch = (match: AnyMatch): match is EmployerMatch => 'candidate' in match;
export const isStaffMatch = (match: AnyMatch): match is Match => 'participantId' in match;
export type Vocabulary = InferResponseType<typeof api.v1.vocabulary.$get, 200>;
export type TenantSettings = InferResponseType<typeof api.v1.tenant.$get, 200>;
export type StaffMember = InferResponseType<typeof api.v1.users.$get, 200>['items'][number];
