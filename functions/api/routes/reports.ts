import { $ } from '@hono/zod-openapi';
import { z } from 'zod';
import { readIndicatorFacts } from '#shared/db/repositories/indicators';
import { goalCandidates, participantNames, provisionsInMonth } from '#shared/db/repositories/provisions';
import { getTenant } from '#shared/db/repositories/tenants';
import { compensationReport } from '#shared/domain/compensation';
import { computeIndicators } from '#shared/domain/indicators/compute';
import { indicatorCsv } from '#shared/domain/indicators/report-csv';
import { suppressSmall } from '#shared/domain/indicators/suppress';
import { smallCountThreshold } from '#shared/domain/tenant-settings';
import { CompensationQuery, CompensationReport } from '#shared/schemas/compensation';
import { IndicatorQuery, IndicatorReport } from '#shared/schemas/indicators';
import { auditReads } from '../audit.ts';
import { requestLanguage } from '../language.ts';
import { authenticate, staffRoles } from '../middleware/auth.ts';
import { apiRoute, apiRoutes, json } from '../openapi/route.ts';

// Indicators and follow-up reports (issue 13): figures for a period, computed from the
// stored transitions and facts, every count of people split by gender, small groups
// shown as "< N" in both exports: no profile is shown, so nothing is audited. The
// compensation report names participants, so each one shown is an audit entry.
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

const compensation = apiRoute({
  method: 'get',
  path: '/compensation',
  tag,
  summary: 'What each provider is paid for a month, with the participants it comes from (audited)',
  roles: staffRoles,
  request: { query: CompensationQuery },
  responses: {
    200: json('Per provider: the month’s amounts and the goal-based sums due', CompensationReport),
  },
});

export const reportRoutes = $(apiRoutes().use(authenticate))
  .openapi(compensation, async (c) => {
    const { tenant } = c.var.principal;
    const { month } = c.req.valid('query');
    const settings = (await getTenant(tenant))?.compensation;
    if (!settings) return c.json({ month, providers: [], total: 0 }, 200);
    const [provisions, candidates] = await Promise.all([
      provisionsInMonth(tenant, month),
      goalCandidates(tenant, month, settings.goalMonthsAfterSupport),
    ]);
    const names = await participantNames(tenant, [
      ...provisions.map((provision) => provision.participantId),
      ...candidates.map((candidate) => candidate.participantId),
    ]);
    const named = candidates.map((candidate) => ({
      ...candidate,
      name: names.get(candidate.participantId) ?? '',
    }));
    const report = compensationReport(settings, month, provisions, names, named);
    const shown = report.providers.flatMap((provider) => [
      ...provider.lines.map((line) => line.participantId),
      ...provider.goalPayments.map((goal) => goal.participantId),
    ]);
    await auditReads(c, [...new Set(shown)], 'participant.compensation.read', month);
    return c.json(report, 200);
  })
  .openapi(indicators, async (c) => {
    const { tenant } = c.var.principal;
    const { from, to, format } = c.req.valid('query');
    const [settings, facts] = await Promise.all([
      getTenant(tenant),
      readIndicatorFacts(tenant, { from, to }),
    ]);
    const report = suppressSmall(computeIndicators({ from, to }, facts), smallCountThreshold(settings));
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="indikatorer-${from}-${to}.csv"`);
      return c.body(indicatorCsv(report, requestLanguage(c)), 200) as never;
    }
    return c.json(report, 200);
  });
