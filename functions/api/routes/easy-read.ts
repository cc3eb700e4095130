import { $ } from '@hono/zod-openapi';
import { getParticipant } from '#shared/db/repositories/participants';
import { markInterest, unmarkInterest } from '#shared/db/repositories/placement-interests';
import { getPlacement } from '#shared/db/repositories/placements';
import { checkInterestPlacement, interestState } from '#shared/domain/easy-read';
import { IdParam } from '#shared/schemas/common';
import {
  EasyReadView,
  InterestParams,
  PlacementInterestList,
  PlacementInterestView,
} from '#shared/schemas/easy-read';
import type { Participant } from '#shared/schemas/participant';
import { auditRead } from '../audit.ts';
import { problem, storeProblem } from '../errors.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';
import { problemFor } from '../refusal.ts';
import { easyReadView, interestViews } from '../services/easy-read.ts';
import { missingParticipant } from '../services/participant-rights.ts';

// The participant's own view (lättläst) and "Jag vill veta mer" (issue 12). The coach
// opens the view together with the participant, so these are staff routes like every
// participant route; an employer is 403, another tenant's participant 404.
const tag = 'Participant view';
const roles = staffRoles;

const view = apiRoute({
  method: 'get',
  path: '/{id}/easy-read',
  tag,
  summary:
    'The participant’s own view: the best-fitting open placements in plain words, without scores (audited)',
  roles,
  request: { params: IdParam },
  responses: { 200: json('The easy-read view', EasyReadView) },
});

const interests = apiRoute({
  method: 'get',
  path: '/{id}/interests',
  tag,
  summary: 'The placements the participant wants to know more about, newest first (audited)',
  roles,
  request: { params: IdParam },
  responses: { 200: json('Marked interests', PlacementInterestList) },
});

const mark = apiRoute({
  method: 'put',
  path: '/{id}/interests/{placementId}',
  tag,
  summary: 'Mark that the participant wants to know more about a placement (idempotent)',
  roles,
  problems: [409],
  request: { params: InterestParams },
  responses: { 200: json('The marked interest', PlacementInterestView) },
});

const unmark = apiRoute({
  method: 'delete',
  path: '/{id}/interests/{placementId}',
  tag,
  summary: 'Take the mark away (idempotent: unmarking what is not marked changes nothing)',
  roles,
  request: { params: InterestParams },
  responses: { 204: { description: 'Not marked (any more)' } },
});

async function existingParticipant(tenant: string, participantId: string): Promise<Participant> {
  const participant = await getParticipant(tenant, participantId);
  if (!participant) throw await missingParticipant(tenant, participantId);
  return participant;
}

const conflict = (error: unknown) => Promise.reject(storeProblem(error));

export const easyReadRoutes = $(apiRoutes().use(authenticate))
  .openapi(view, async (c) => {
    const { tenant } = c.var.principal;
    const participant = await existingParticipant(tenant, c.req.valid('param').id);
    const body = await easyReadView(tenant, participant);
    await auditRead(c, participant.id, 'participant.easy_read.read');
    return c.json(body, 200);
  })
  .openapi(interests, async (c) => {
    const { tenant } = c.var.principal;
    const participant = await existingParticipant(tenant, c.req.valid('param').id);
    const items = await interestViews(tenant, participant.id);
    await auditRead(c, participant.id, 'participant.interests.read');
    return c.json({ items }, 200);
  })
  .openapi(mark, async (c) => {
    const { tenant, userId } = c.var.principal;
    const { id, placementId } = c.req.valid('param');
    const participant = await existingParticipant(tenant, id);
    // Another tenant's placement is not found: its key is in this tenant's space.
    const placement = await getPlacement(tenant, placementId);
    if (!placement) throw problem('placement.not_found');
    const refusal = checkInterestPlacement(placement);
    if (refusal) throw problemFor(refusal);
    const interest = await markInterest(tenant, {
      participantId: participant.id,
      placementId: placement.id,
      title: placement.title,
      employerName: placement.employerName,
      markedAt: new Date().toISOString(),
      markedBy: userId,
    }).catch(conflict);
    await auditRead(c, participant.id, 'participant.write');
    return c.json({ ...interest, placementState: interestState(placement) }, 200);
  })
  .openapi(unmark, async (c) => {
    const { tenant } = c.var.principal;
    const { id, placementId } = c.req.valid('param');
    const participant = await existingParticipant(tenant, id);
    await unmarkInterest(tenant, participant.id, placementId);
    await auditRead(c, participant.id, 'participant.write');
    return c.body(null, 204);
  });
