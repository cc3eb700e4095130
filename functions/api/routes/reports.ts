import { $ } from '@hono/zod-openapi';
import { z } from 'zod';
import { readIndicatorFacts } from '#shared/db/repositories/indicators';
import { getTenant } from '#shared/db/repositories/tenants';
import { computeIndicators } from '#shared/domain/indicators/compute';
import { indicatorCsv } from '#shared/domain/indicators/report-csv';
import { suppressSmall } from '#shared/domain/indicators/suppress';
import { smallCountThreshold } from '#shared/domain/tenant-settings';
import { IndicatorQuery, IndicatorReport } from '#shared/schemas/indicators';
import { requestLanguage } from '../language.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes } from '../openapi/route.ts';

// Indicators and follow-up reports (issue 13): figures for a period, computed from the
// stored transitions and facts, every count of people split by gender, small groups
// shown as "< N" in both exports. Staff only; no profile is shown, so nothing is audited.
const tag = 'Reports';

const indicators = apiRoute({
  method: 'get',
  path: '/indicators',
  tag,
  summary: 'The indicators for a period, by gender (JSON, or CSV for Excel with format=csv)',
  roles: staffRoles,
  request: { query: IndicatorQuery },
  responses: {
    200: {
      description: 'The indicators; counts of 1..N-1 people are "< N" (the tenant’s threshold, 5 by default)',
      content: {
        'application/json': { schema: IndicatorReport },
        'text/csv': {
          schema: z
            .string()
            .describe('UTF-8 with a byte-order mark, semicolons, headers in the caller’s language'),
        },
      },
    },
  },
});

export const reportRoutes = $(apiRoutes().use(authenticate)).openapi(indicators, async (c) => {
  const { tenant } = c.var.principal;
  const { from, to, format } = c.req.valid('query');
  const [settings, facts] = await Promise.all([getTenant(tenant), readIndicatorFacts(tenant, { from, to })]);
  const report = suppressSmall(computeIndicators({ from, to }, facts), smallCountThreshold(settings));
  if (format === 'csv') {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="indikatorer-${from}-${to}.csv"`);
    return c.body(indicatorCsv(report, requestLanguage(c)), 200) as never;
  }
  return c.json(report, 200);
});
