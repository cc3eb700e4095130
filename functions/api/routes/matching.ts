import { $ } from '@hono/zod-openapi';
import { BatchRequest, BatchSuggestion } from '#shared/schemas/matching';
import { auditReads } from '../audit.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { batchSuggestion } from '../services/matching-sets.ts';

const batch = apiRoute({
  method: 'post',
  path: '/batch',
  tag: 'Matching',
  summary: 'Suggest the assignment of waiting participants to free seats with the highest total score',
  roles: staffRoles,
  request: { body: jsonRequest(BatchRequest) },
  responses: { 200: json('A suggestion for a coach to review', BatchSuggestion) },
});

export const matchingRoutes = $(apiRoutes().use(authenticate)).openapi(batch, async (c) => {
  const suggestion = await batchSuggestion(c.var.principal.tenant, c.req.valid('json'));
  await auditReads(
    c,
    suggestion.pairs.map((pair) => pair.participantId),
    'participant.matches.read',
    'batch suggestion',
  );
  return c.json(suggestion, 200);
});
