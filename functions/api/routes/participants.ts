import { Hono } from 'hono';
import { StaleVersionError } from '#shared/db/errors';
import {
  createParticipant,
  getParticipant,
  listParticipants,
  listTransitions,
  recordTransition,
  saveParticipant,
} from '#shared/db/repositories/participants';
import { swedishDate } from '#shared/domain/calendar';
import { rankPlacements } from '#shared/domain/matching/index';
import { checkStep } from '#shared/domain/pathway';
import { isUnchanged } from '#shared/domain/unchanged';
import { ListQuery } from '#shared/schemas/common';
import { RankQuery } from '#shared/schemas/matching';
import {
  type Participant,
  ParticipantCreate,
  ParticipantListQuery,
  ParticipantPatch,
  TransitionCreate,
} from '#shared/schemas/participant';
import { auditRead, auditReads } from '../audit.ts';
import type { AppEnv } from '../env.ts';
import { conflict, notFound, preconditionFailed } from '../errors.ts';
import { cursorScope, etagOf, expectedVersion, listBody, startKeyFrom } from '../http.ts';
import { authenticate, requireRole, staffRoles } from '../middleware/auth.ts';
import { idempotent } from '../middleware/idempotency.ts';
import { problemFor } from '../refusal.ts';
import { openPlacements, tenantWeights } from '../services/matching-sets.ts';
import { assertKnownSectors } from '../services/sectors.ts';
import { validate } from '../validation.ts';
import { IdParam } from './params.ts';

export async function existingParticipant(tenant: string, participantId: string): Promise<Participant> {
  const participant = await getParticipant(tenant, participantId);
  if (!participant) throw notFound('Participant');
  return participant;
}

const staleToPrecondition = (error: unknown) =>
  Promise.reject(error instanceof StaleVersionError ? preconditionFailed() : error);

// Participant profiles are sensitive personal data: coaches and admins only.
export const participantRoutes = new Hono<AppEnv>()
  .use(authenticate, requireRole(...staffRoles))
  .post('/', idempotent, validate('json', ParticipantCreate), async (c) => {
    const principal = c.var.principal;
    const body = c.req.valid('json');
    await assertKnownSectors(principal.tenant, { interests: body.interests });
    const participant = await createParticipant(principal.tenant, body, principal.userId);
    await auditRead(c, participant.id, 'participant.write');
    c.header('Location', `/v1/participants/${participant.id}`);
    c.header('ETag', etagOf(participant.version));
    return c.json(participant, 201);
  })
  .get('/', validate('query', ListQuery.extend(ParticipantListQuery.shape)), async (c) => {
    const { limit, cursor, ...filter } = c.req.valid('query');
    const scope = cursorScope(c, 'participants', filter);
    const page = await listParticipants(c.var.principal.tenant, filter, {
      limit,
      startKey: await startKeyFrom(c, scope, cursor),
    });
    // The list shows whole profiles, so every participant on the page is a read.
    await auditReads(
      c,
      page.items.map((participant) => participant.id),
      'participant.list.read',
    );
    return c.json(await listBody(c, scope, page), 200);
  })
  .get('/:id', validate('param', IdParam), async (c) => {
    const participant = await existingParticipant(c.var.principal.tenant, c.req.valid('param').id);
    await auditRead(c, participant.id, 'participant.read');
    c.header('ETag', etagOf(participant.version));
    return c.json(participant, 200);
  })
  .patch('/:id', validate('param', IdParam), validate('json', ParticipantPatch), async (c) => {
    const tenant = c.var.principal.tenant;
    const current = await existingParticipant(tenant, c.req.valid('param').id);
    const version = expectedVersion(c, current.version);
    const patch = c.req.valid('json');
    await assertKnownSectors(tenant, { interests: patch.interests });
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    const saved = isUnchanged(current, next)
      ? current
      : await saveParticipant(tenant, next, version).catch(staleToPrecondition);
    await auditRead(c, saved.id, 'participant.write');
    c.header('ETag', etagOf(saved.version));
    return c.json(saved, 200);
  })
  .get('/:id/matches', validate('param', IdParam), validate('query', RankQuery), async (c) => {
    const tenant = c.var.principal.tenant;
    const participant = await existingParticipant(tenant, c.req.valid('param').id);
    const { includeExcluded, limit } = c.req.valid('query');
    const [placements, weights] = await Promise.all([openPlacements(tenant), tenantWeights(tenant)]);
    const ranking = rankPlacements(participant, placements, { weights, includeExcluded, limit });
    await auditRead(c, participant.id, 'participant.matches.read');
    return c.json(
      {
        items: ranking.ranked.map(({ placement, score, reasons }) => ({ placement, score, reasons })),
        eligibleCount: ranking.eligibleCount,
        ...(includeExcluded
          ? { excluded: ranking.excluded.map(({ placement, reasons }) => ({ placement, reasons })) }
          : {}),
      },
      200,
    );
  })
  .get('/:id/transitions', validate('param', IdParam), async (c) => {
    const tenant = c.var.principal.tenant;
    const participant = await existingParticipant(tenant, c.req.valid('param').id);
    await auditRead(c, participant.id, 'participant.transitions.read');
    return c.json({ items: await listTransitions(tenant, participant.id) }, 200);
  })
  .post(
    '/:id/transitions',
    idempotent,
    validate('param', IdParam),
    validate('json', TransitionCreate),
    async (c) => {
      const principal = c.var.principal;
      const participant = await existingParticipant(principal.tenant, c.req.valid('param').id);
      const change = c.req.valid('json');
      const refusal = checkStep(participant, change, swedishDate(new Date()));
      if (refusal) throw problemFor(refusal);
      const result = await recordTransition(principal.tenant, participant, {
        ...change,
        actorId: principal.userId,
      }).catch((error) =>
        Promise.reject(
          error instanceof StaleVersionError
            ? conflict('The participant changed meanwhile. Read it again.', undefined, 'participant.changed')
            : error,
        ),
      );
      await auditRead(c, participant.id, 'participant.write');
      c.header('ETag', etagOf(result.participant.version));
      return c.json(result, 201);
    },
  );
