import { z } from 'zod';
import { ListQuery } from '#shared/schemas/common';
import { EmployerMatch, Match, MatchCreate, MatchListQuery, MatchPatch } from '#shared/schemas/match';
import { staffRoles } from '../middleware/auth.ts';
import type { Operation } from '../openapi/operation.ts';
import { IdParam } from './params.ts';

const tag = 'Matches';
const everyone = [...staffRoles, 'employer' as const];
const MatchForCaller = z
  .union([Match, EmployerMatch])
  .describe('Staff see the whole match; employers see EmployerMatch');

export const matchOperations: Operation[] = [
  {
    method: 'post',
    path: '/matches',
    tag,
    summary: 'Propose a participant for a placement (422 with reasons when a hard constraint fails)',
    roles: staffRoles,
    body: MatchCreate,
    idempotent: true,
    etag: true,
    responses: { 201: { description: 'Proposed', schema: Match } },
  },
  {
    method: 'get',
    path: '/matches',
    tag,
    summary: 'Matches by placement or participant (staff), or the employer’s own proposals',
    roles: everyone,
    query: ListQuery.extend(MatchListQuery.shape),
    responses: {
      200: {
        description: 'A page of matches',
        schema: z.object({ items: z.array(MatchForCaller), cursor: z.string().optional() }),
      },
    },
  },
  {
    method: 'get',
    path: '/matches/{id}',
    tag,
    summary: 'Read a match',
    roles: everyone,
    params: IdParam,
    etag: true,
    responses: { 200: { description: 'The match', schema: MatchForCaller } },
  },
  {
    method: 'patch',
    path: '/matches/{id}',
    tag,
    summary: 'Accept/decline (employer), start, complete or cancel; record or revoke consent (staff)',
    roles: everyone,
    params: IdParam,
    body: MatchPatch,
    ifMatch: true,
    etag: true,
    responses: { 200: { description: 'The changed match', schema: MatchForCaller } },
  },
];
