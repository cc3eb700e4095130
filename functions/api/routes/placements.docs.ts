import { ListQuery, listOf } from '#shared/schemas/common';
import { Placement, PlacementListQuery, PlacementPatch } from '#shared/schemas/placement';
import { staffRoles } from '../middleware/auth.ts';
import type { Operation } from '../openapi/operation.ts';
import { IdParam } from './params.ts';

const tag = 'Placements';
const everyone = [...staffRoles, 'employer' as const];

export const placementOperations: Operation[] = [
  {
    method: 'get',
    path: '/placements',
    tag,
    summary: 'List placements by sector and status (employer: its own)',
    roles: everyone,
    query: ListQuery.extend(PlacementListQuery.shape),
    responses: { 200: { description: 'A page of placements', schema: listOf(Placement) } },
  },
  {
    method: 'get',
    path: '/placements/{id}',
    tag,
    summary: 'Read a placement',
    roles: everyone,
    params: IdParam,
    etag: true,
    responses: { 200: { description: 'The placement', schema: Placement } },
  },
  {
    method: 'patch',
    path: '/placements/{id}',
    tag,
    summary: 'Change a placement; open/closed/draft by request, full follows the seats',
    roles: everyone,
    params: IdParam,
    body: PlacementPatch,
    ifMatch: true,
    etag: true,
    responses: { 200: { description: 'The changed placement', schema: Placement } },
  },
];
