import { ListQuery, listOf } from '#shared/schemas/common';
import { Employer, EmployerCreate, EmployerListQuery, EmployerPatch } from '#shared/schemas/employer';
import { Placement, PlacementCreate } from '#shared/schemas/placement';
import { staffRoles } from '../middleware/auth.ts';
import type { Operation } from '../openapi/operation.ts';
import { IdParam } from './params.ts';

const tag = 'Employers';
const everyone = [...staffRoles, 'employer' as const];

export const employerOperations: Operation[] = [
  {
    method: 'post',
    path: '/employers',
    tag,
    summary: 'Register an employer (self-registration stays pending until a coach verifies it)',
    roles: everyone,
    body: EmployerCreate,
    idempotent: true,
    etag: true,
    responses: { 201: { description: 'Registered', schema: Employer } },
  },
  {
    method: 'get',
    path: '/employers',
    tag,
    summary: 'List employers (staff: the tenant’s, pending first; employer: its own)',
    roles: everyone,
    query: ListQuery.extend(EmployerListQuery.shape),
    responses: { 200: { description: 'A page of employers', schema: listOf(Employer) } },
  },
  {
    method: 'get',
    path: '/employers/{id}',
    tag,
    summary: 'Read an employer',
    roles: everyone,
    params: IdParam,
    etag: true,
    responses: { 200: { description: 'The employer', schema: Employer } },
  },
  {
    method: 'patch',
    path: '/employers/{id}',
    tag,
    summary: 'Change an employer (status only by staff)',
    roles: everyone,
    params: IdParam,
    body: EmployerPatch,
    ifMatch: true,
    etag: true,
    responses: { 200: { description: 'The changed employer', schema: Employer } },
  },
  {
    method: 'post',
    path: '/employers/{id}/verify',
    tag,
    summary: 'Verify a pending employer',
    roles: staffRoles,
    params: IdParam,
    etag: true,
    responses: { 200: { description: 'The verified employer', schema: Employer } },
  },
  {
    method: 'post',
    path: '/employers/{id}/placements',
    tag: 'Placements',
    summary: 'Create a placement for the employer (open only when the employer is active)',
    roles: everyone,
    params: IdParam,
    body: PlacementCreate,
    idempotent: true,
    etag: true,
    responses: { 201: { description: 'Created', schema: Placement } },
  },
];
