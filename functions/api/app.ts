import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './env.ts';
import { problem } from './errors.ts';
import { accessLog } from './middleware/access-log.ts';
import { originCheck } from './middleware/origin-check.ts';
import { requestId } from './middleware/request-id.ts';
import { generateDocument, type OpenApiDocument } from './openapi/generate.ts';
import { problemResponse } from './problem-response.ts';
import { auditRoutes } from './routes/audit.ts';
import { easyReadRoutes } from './routes/easy-read.ts';
import { employerTimelineRoutes } from './routes/employer-timeline.ts';
import { employerUserRoutes } from './routes/employer-users.ts';
import { employerRoutes } from './routes/employers.ts';
import { employmentRoutes } from './routes/employment.ts';
import { employerEventSignupRoutes } from './routes/event-signups-employer.ts';
import { eventRoutes } from './routes/events.ts';
import { followUpRoutes } from './routes/follow-ups.ts';
import { healthRoutes } from './routes/health.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { matchRoutes } from './routes/matches.ts';
import { matchingRoutes } from './routes/matching.ts';
import { openApiRoutes, referenceRoutes } from './routes/openapi.ts';
import { participantRoutes } from './routes/participants.ts';
import { placementRoutes } from './routes/placements.ts';
import { provisionRoutes } from './routes/provisions.ts';
import { publicRoutes } from './routes/public.ts';
import { publicEventRoutes } from './routes/public-events.ts';
import { reportRoutes } from './routes/reports.ts';
import { supportCallRoutes } from './routes/support-calls.ts';
import { supportRequestRoutes } from './routes/support-requests.ts';
import { tenantRoutes } from './routes/tenant.ts';
import { userRoutes } from './routes/users.ts';
import { vocabularyRoutes } from './routes/vocabulary.ts';

export const maxBodyBytes = 64 * 1024;

/** The whole HTTP API; the Lambda handler and the local server both serve this. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.use(requestId);
  app.use(secureHeaders());
  // The client's address per request, refused ones included (API Gateway only sees CloudFront's).
  if (deps.accessLog) app.use(accessLog(deps.accessLog));
  // In AWS only requests through CloudFront (and its web ACL) get further.
  if (deps.originSecret) app.use(originCheck(deps.originSecret));
  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw problem('body.too_large');
      },
    }),
  );

  // Built from the declared routes when first asked for, not at start-up.
  let document: OpenApiDocument | undefined;
  const openApiDocument = () => {
    document ??= generateDocument(routes);
    return document;
  };

  app.route('/docs', referenceRoutes(openApiDocument));
  const routes = app
    .basePath('/v1')
    .route('/', openApiRoutes(openApiDocument))
    .route('/health', healthRoutes)
    .route('/employers', employerRoutes)
    .route('/employers', employerUserRoutes)
    .route('/invitations', invitationRoutes)
    .route('/placements', placementRoutes)
    .route('/participants', participantRoutes)
    .route('/matches', matchRoutes)
    .route('/matching', matchingRoutes)
    .route('/audit', auditRoutes)
    .route('/public', publicRoutes)
    .route('/users', userRoutes)
    .route('/vocabulary', vocabularyRoutes)
    .route('/tenant', tenantRoutes)
    .route('/events', eventRoutes)
    .route('/employers', employerEventSignupRoutes)
    .route('/public', publicEventRoutes)
    // Support calls, "ring me" requests, employment and timelines (issue 11).
    .route('/support-calls', supportCallRoutes)
    .route('/support-requests', supportRequestRoutes)
    .route('/participants', employmentRoutes)
    .route('/employers', employerTimelineRoutes)
    .route('/follow-ups', followUpRoutes)
    // The participant's own view and "Jag vill veta mer" (issue 12).
    .route('/participants', easyReadRoutes)
    // Indicators and compensation (issue 13).
    .route('/reports', reportRoutes)
    .route('/participants', provisionRoutes);
  // On the app that answers: OpenAPIHono's basePath does not carry these over.
  routes.onError(problemResponse);
  routes.notFound((c) => problemResponse(problem('route.not_found'), c));
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
