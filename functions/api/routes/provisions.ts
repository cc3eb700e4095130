import { $ } from '@hono/zod-openapi';
import { ulid } from 'ulid';
import { getParticipant } from '#shared/db/repositories/participants';
import { listProvisions, startProvision } from '#shared/db/repositories/provisions';
import { getTenant } from '#shared/db/repositories/tenants';
import { IdParam } from '#shared/schemas/common';
import { Provision, ProvisionCreate, ProvisionList } from '#shared/schemas/compensation';
import { auditRead } from '../audit.ts';
import { fieldIssue, problem, storeProblem } from '../errors.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { missingParticipant } from '../services/participant-rights.ts';

// A participant's provider of daily activity, with the support level and schedule it is
// paid by (issue 13, part 2): staff only; each answer shows the participant's data and is
// audited. A new provision ends the running one the day before it starts.
const tag = 'Compensation';

const list = apiRoute({
  method: 'get',
  path: '/{id}/provisions',
  tag,
  summary: 'The participant’s providers of daily activity, by start (audited)',
  roles: staffRoles,
  request: { params: IdParam },
  responses: { 200: json('Provisions', ProvisionList) },
});

const start = apiRoute({
  method: 'post',
  path: '/{id}/provisions',
  tag,
  summary: 'A provider, support level and schedule from a date; the running one ends the day before',
  roles: staffRoles,
  problems: [409, 422],
  request: { params: IdParam, body: jsonRequest(ProvisionCreate) },
  responses: { 201: json('The new provision', Provision) },
});

async function existing(tenant: string, id: string) {
  if (!(await getParticipant(tenant, id))) throw await missingParticipant(tenant, id);
}

export const provisionRoutes = $(apiRoutes().use(authenticate))
  .openapi(list, async (c) => {
    const { tenant } = c.var.principal;
    const { id } = c.req.valid('param');
    await existing(tenant, id);
    await auditRead(c, id, 'participant.provisions.read');
    return c.json({ items: await listProvisions(tenant, id) }, 200);
  })
  .openapi(start, async (c) => {
    const { tenant, userId } = c.var.principal;
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const [tenantItem] = await Promise.all([getTenant(tenant), existing(tenant, id)]);
    if (!tenantItem?.compensation?.providers.some((provider) => provider.id === body.providerId)) {
      throw problem('request.invalid', [fieldIssue('providerId', 'provider.unknown')]);
    }
    const provisions = await listProvisions(tenant, id);
    if (provisions.some((provision) => provision.from >= body.from)) {
      throw problem('provision.date_before_previous', [fieldIssue('from', 'provision.from_after_previous')]);
    }
    // The latest one ends the day before, if it would still run then.
    const latest = provisions.at(-1);
    const current = latest && (latest.to === undefined || latest.to >= body.from) ? latest : undefined;
    const provision: Provision = {
      ...body,
      id: ulid(),
      tenant,
      participantId: id,
      createdBy: userId,
      createdAt: new Date().toISOString(),
      version: 1,
    };
    await startProvision(tenant, provision, current).catch((error) => Promise.reject(storeProblem(error)));
    await auditRead(c, id, 'participant.write');
    c.header('Location', `/v1/participants/${id}/provisions`);
    return c.json(provision, 201);
  });
