import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '#api/env';
import { problem } from '#api/errors';
import { problemResponse } from '#api/problem-response';
import { validate } from '#api/validation';
import { getLinkedEmployerId } from '#shared/db/repositories/employers';
import { demoUsers } from './demo-data.ts';
import type { DevIssuer } from './dev-issuer.ts';
import type { LocalAccounts } from './local-accounts.ts';
import type { Outbox } from './outbox.ts';
import type { LocalJobs } from './scheduled-jobs.ts';

const TokenRequest = z.object({ userId: z.string().min(1).max(80) }).strict();
const JobRun = z.object({ at: z.iso.datetime({ offset: true }).optional() }).strict();

interface LocalPeople {
  outbox: Outbox;
  /** Employers who signed up on the sign-up page or accepted an invitation. */
  accounts: LocalAccounts;
}

/** Local only: lists the demo users and the local accounts, and signs tokens for them. Never part of the Lambda app. */
export const devRoutes = (issuer: DevIssuer, { outbox, accounts }: LocalPeople, jobs: LocalJobs) => {
  const everyone = () => [...demoUsers, ...accounts.users()];
  const routes = new Hono<AppEnv>()
    .get('/users', async (c) => {
      const users = await Promise.all(
        everyone().map(async (user) => {
          const employerId =
            user.role === 'employer' ? await getLinkedEmployerId(user.tenant, user.id) : undefined;
          return { ...user, ...(employerId ? { employerId } : {}) };
        }),
      );
      return c.json({ items: users }, 200);
    })
    .post('/token', validate('json', TokenRequest), async (c) => {
      const user = everyone().find((candidate) => candidate.id === c.req.valid('json').userId);
      if (!user) throw problem('demo_user.not_found');
      return c.json({ token: await issuer.issueToken(user) }, 200);
    })
    // The mail Bryggan would have sent, newest first: invitations with their links.
    .get('/outbox', (c) => c.json({ items: outbox.list() }, 200))
    // A scheduled job, run now (or as if at `at`) instead of waiting for its schedule.
    .post('/jobs/:name', validate('query', JobRun), async (c) => {
      const { at } = c.req.valid('query');
      const report = await jobs.run(c.req.param('name'), at ? new Date(at) : undefined);
      if (!report) throw problem('route.not_found');
      return c.json({ job: c.req.param('name'), report }, 200);
    });
  routes.onError(problemResponse);
  return routes;
};

export type DevRoutes = ReturnType<typeof devRoutes>;
