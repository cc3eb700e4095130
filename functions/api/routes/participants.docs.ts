import { AuditEntry, AuditQuery } from '#shared/schemas/audit';
import { ListQuery, listOf } from '#shared/schemas/common';
import { BatchRequest, BatchSuggestion } from '#shared/schemas/matching';
import { staffRoles } from '../middleware/auth.ts';
import type { Operation } from '../openapi/operation.ts';

export const participantOperations: Operation[] = [
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
