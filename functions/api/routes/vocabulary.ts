import { $ } from '@hono/zod-openapi';
import { getTenant } from '#shared/db/repositories/tenants';
import { vocabularyFor } from '#shared/domain/vocabulary-list';
import { Vocabulary } from '#shared/schemas/vocabulary-list';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';

const read = apiRoute({
  method: 'get',
  path: '/',
  tag: 'Vocabulary',
  summary:
    'The words of the domain for the caller’s tenant: sectors (with their tasks), tasks (with the traits ' +
    'each demands), traits, environment tags and needs, stages, outcomes and support levels, each with a ' +
    'Swedish and English label and a one-line plain description',
  roles: [...staffRoles, 'employer'],
  responses: { 200: json('The vocabulary', Vocabulary) },
});

export const vocabularyRoutes = $(apiRoutes().use(authenticate)).openapi(read, async (c) => {
  const tenant = await getTenant(c.var.principal.tenant);
  return c.json(vocabularyFor(tenant), 200);
});
