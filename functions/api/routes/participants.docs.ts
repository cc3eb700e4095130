import { z } from 'zod';
import { AuditEntry, AuditQuery } from '#shared/schemas/audit';
import { ListQuery, listOf } from '#shared/schemas/common';
import {
  BatchRequest,
  BatchSuggestion,
  ExclusionReason,
  RankQuery,
  ScoreReason,
} from '#shared/schemas/matching';
import {
  Participant,
  ParticipantCreate,
  ParticipantListQuery,
  ParticipantPatch,
  Transition,
  TransitionCreate,
} from '#shared/schemas/participant';
import { Placement } from '#shared/schemas/placement';
import { staffRoles } from '../middleware/auth.ts';
import type { Operation } from '../openapi/operation.ts';
import { IdParam } from './params.ts';

const tag = 'Participants';

const PlacementRanking = z.object({
  items: z.array(z.object({ placement: Placement, score: z.number(), reasons: z.array(ScoreReason) })),
  eligibleCount: z.number().int(),
  excluded: z.array(z.object({ placement: Placement, reasons: z.array(ExclusionReason) })).optional(),
});

const CandidatePerson = Participant.pick({
  id: true,
  firstName: true,
  lastName: true,
  stage: true,
  supportLevel: true,
  coachId: true,
});
const CandidateRanking = z.object({
  items: z.array(
    z.object({ participant: CandidatePerson, score: z.number(), reasons: z.array(ScoreReason) }),
  ),
  eligibleCount: z.number().int(),
  excluded: z.array(z.object({ participant: CandidatePerson, reasons: z.array(ExclusionReason) })).optional(),
});

export const participantOperations: Operation[] = [
  {
    method: 'post',
    path: '/participants',
    tag,
    summary: 'Create a participant profile (starts the pathway with a first transition)',
    roles: staffRoles,
    body: ParticipantCreate,
    idempotent: true,
    etag: true,
    responses: { 201: { description: 'Created', schema: Participant } },
  },
  {
    method: 'get',
    path: '/participants',
    tag,
    summary: 'List participants by stage and/or coach',
    roles: staffRoles,
    query: ListQuery.extend(ParticipantListQuery.shape),
    responses: { 200: { description: 'A page of participants', schema: listOf(Participant) } },
  },
  {
    method: 'get',
    path: '/participants/{id}',
    tag,
    summary: 'Read a profile (audited)',
    roles: staffRoles,
    params: IdParam,
    etag: true,
    responses: { 200: { description: 'The participant', schema: Participant } },
  },
  {
    method: 'patch',
    path: '/participants/{id}',
    tag,
    summary: 'Change a profile (the stage changes only by transitions)',
    roles: staffRoles,
    params: IdParam,
    body: ParticipantPatch,
    ifMatch: true,
    etag: true,
    responses: { 200: { description: 'The changed participant', schema: Participant } },
  },
  {
    method: 'get',
    path: '/participants/{id}/transitions',
    tag,
    summary: 'The pathway timeline, oldest first (audited)',
    roles: staffRoles,
    params: IdParam,
    responses: { 200: { description: 'Transitions', schema: z.object({ items: z.array(Transition) }) } },
  },
  {
    method: 'post',
    path: '/participants/{id}/transitions',
    tag,
    summary: 'Move the participant to another stage (422 with the reason when the step is not allowed)',
    roles: staffRoles,
    params: IdParam,
    body: TransitionCreate,
    idempotent: true,
    responses: {
      201: {
        description: 'Recorded',
        schema: z.object({ participant: Participant, transition: Transition }),
      },
    },
  },
  {
    method: 'get',
    path: '/participants/{id}/matches',
    tag: 'Matching',
    summary: 'Open placements ranked for the participant, with reasons (audited)',
    roles: staffRoles,
    params: IdParam,
    query: RankQuery,
    responses: { 200: { description: 'Ranking', schema: PlacementRanking } },
  },
  {
    method: 'get',
    path: '/placements/{id}/candidates',
    tag: 'Matching',
    summary: 'Waiting participants ranked for the placement, with reasons (audited)',
    roles: staffRoles,
    params: IdParam,
    query: RankQuery,
    responses: { 200: { description: 'Ranking', schema: CandidateRanking } },
  },
  {
    method: 'post',
    path: '/matching/batch',
    tag: 'Matching',
    summary: 'Suggest the assignment of waiting participants to free seats with the highest total score',
    roles: staffRoles,
    body: BatchRequest,
    responses: { 200: { description: 'A suggestion for a coach to review', schema: BatchSuggestion } },
  },
  {
    method: 'get',
    path: '/audit',
    tag: 'Audit',
    summary: 'Who read a participant’s data, oldest first',
    roles: ['admin'],
    query: ListQuery.extend(AuditQuery.shape),
    responses: { 200: { description: 'A page of audit entries', schema: listOf(AuditEntry) } },
  },
];
