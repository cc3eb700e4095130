import { z } from 'zod';
import { eventsStartingBetween } from '#shared/db/repositories/events';
import { withinRateLimit } from '#shared/db/repositories/rate-limits';
import { getTenant } from '#shared/db/repositories/tenants';
import { checkSignupMove } from '#shared/domain/event-signup';
import { TenantId } from '#shared/schemas/common';
import { PublicEvent, PublicEventParams } from '#shared/schemas/event';
import { CancelToken, PublicSignupCreate, SignupCancelled, SignupReceipt } from '#shared/schemas/signup';
import { clientScope } from '../client-address.ts';
import { HttpProblem, problem } from '../errors.ts';
import { webOrigin } from '../http.ts';
import { apiRoute, apiRoutes, json, jsonRequest } from '../openapi/route.ts';
import { problemFor } from '../refusal.ts';
import { cancel, existingEvent, publicView, signUp, signupIdByToken } from '../services/events.ts';

// Events for people without an account: the municipality is named in the path, the
// cancel link's token is the only proof needed to cancel. Nothing here tells who
// signed up: a receipt is the caller's own, lists show only whether seats are left.
const tag = 'Public events';

/** Public sign-ups per event and client in one window: a family or a workplace, not a script. */
export const publicSignupLimit = { max: 10, windowSeconds: 600 };

const list = apiRoute({
  method: 'get',
  path: '/{tenant}/events',
  tag,
  summary: 'The municipality’s published events that have not ended, first first',
  roles: 'public',
  request: { params: z.object({ tenant: TenantId }) },
  responses: { 200: json('Upcoming events', z.object({ items: z.array(PublicEvent) })) },
});

const read = apiRoute({
  method: 'get',
  path: '/{tenant}/events/{id}',
  tag,
  summary: 'One published event, for its sign-up page',
  roles: 'public',
  request: { params: PublicEventParams },
  responses: { 200: json('The event', PublicEvent) },
});

const calendar = apiRoute({
  method: 'get',
  path: '/{tenant}/events/{id}/calendar.ics',
  tag,
  summary: 'The event as iCalendar, one entry per session',
  roles: 'public',
  request: { params: PublicEventParams },
  responses: {
    200: { description: 'iCalendar', content: { 'text/calendar': { schema: z.string() } } },
  },
});

const signUpRoute = apiRoute({
  method: 'post',
  path: '/{tenant}/events/{id}/signups',
  tag,
  summary: 'Sign up without an account (rate limited per event and client)',
  roles: 'public',
  problems: [409, 422, 429],
  request: { params: PublicEventParams, body: jsonRequest(PublicSignupCreate) },
  responses: { 201: json('Signed up or waitlisted, with the cancel link’s token', SignupReceipt) },
});

const cancelRoute = apiRoute({
  method: 'delete',
  path: '/signups/{cancelToken}',
  tag,
  summary: 'Cancel a sign-up by the link in its confirmation (again: changes nothing)',
  roles: 'public',
  problems: [409, 422],
  request: { params: z.object({ cancelToken: CancelToken }) },
  responses: { 200: json('Cancelled', SignupCancelled) },
});

/** A public page names its municipality in the address: one that does not exist is 404. */
async function assertTenantExists(tenant: string) {
  if (!(await getTenant(tenant))) throw problem('tenant.not_found');
}

/** A published (or cancelled) event of an existing tenant; a draft is not public. */
async function visibleEvent(tenant: string, eventId: string) {
  await assertTenantExists(tenant);
  const event = await existingEvent(tenant, eventId);
  if (event.status === 'draft') throw problem('event.not_found');
  return event;
}

export const publicEventRoutes = apiRoutes()
  .openapi(list, async (c) => {
    const { tenant } = c.req.valid('param');
    await assertTenantExists(tenant);
    const now = new Date();
    // Started up to a day ago and still on, or to come within a year and a half.
    const from = new Date(now.getTime() - 86_400_000).toISOString();
    const to = new Date(now.getTime() + 548 * 86_400_000).toISOString();
    const page = await eventsStartingBetween(tenant, 'published', from, to, { limit: 100 });
    const current = page.items.filter((event) => event.endsAt > now.toISOString());
    return c.json({ items: await Promise.all(current.map((event) => publicView(tenant, event))) }, 200);
  })
  .openapi(read, async (c) => {
    const { tenant, id } = c.req.valid('param');
    return c.json(await publicView(tenant, await visibleEvent(tenant, id)), 200);
  })
  .openapi(calendar, async (c) => {
    const { tenant, id } = c.req.valid('param');
    const event = await visibleEvent(tenant, id);
    // On first use, like the mails' calendars (shared/messages/event-mail.ts).
    const { eventCalendar } = await import('#shared/messages/event-calendar');
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="evenemang.ics"');
    return c.body(eventCalendar(event), 200) as never;
  })
  .openapi(signUpRoute, async (c) => {
    const { tenant, id } = c.req.valid('param');
    await assertTenantExists(tenant);
    // A draft answers its own refusal: the id is a ULID nobody guesses, and the coach testing
    // the link should hear why.
    const event = await existingEvent(tenant, id);
    if (!(await withinRateLimit(tenant, clientScope(c, event.id), publicSignupLimit, new Date()))) {
      throw new HttpProblem('signup.rate_limited', undefined, {
        'Retry-After': String(publicSignupLimit.windowSeconds),
      });
    }
    const body = c.req.valid('json');
    const { signup: _signup, ...receipt } = await signUp(c.var.deps, webOrigin(c), event, {
      ...body,
      source: 'public',
      createdBy: 'public',
    });
    c.header('Location', `/v1/public/${tenant}/events/${event.id}`);
    return c.json(receipt, 201);
  })
  .openapi(cancelRoute, async (c) => {
    const { tenant, signupId } = await signupIdByToken(c.req.valid('param').cancelToken);
    const outcome = await cancel(c.var.deps, tenant, signupId);
    if (outcome.outcome === 'not_found') throw problem('signup.not_found');
    if (outcome.outcome === 'refused') {
      throw problemFor(checkSignupMove(outcome.signup.status, 'cancelled')!);
    }
    return c.json(
      {
        status: 'cancelled' as const,
        eventTitle: outcome.signup.eventTitle,
        changed: outcome.outcome === 'cancelled',
      },
      200,
    );
  });
