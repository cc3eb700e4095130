import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp } from '#api/app';
import type { AppEnv } from '#api/env';
import { problem } from '#api/errors';
import { problemResponse } from '#api/problem-response';
import type { JobDeps } from '../jobs/scheduled-job.ts';
import { cognitoStandIn } from './cognito-stand-in.ts';
import { createDevIssuer, type DevIssuer } from './dev-issuer.ts';
import { devRoutes } from './dev-routes.ts';
import { ensureTable, localClient, type RunningDynamo, startDynamoDbLocal } from './dynamodb-local.ts';
import { LocalAccounts } from './local-accounts.ts';
import { createOutbox } from './outbox.ts';
import { catalogueJobs, type LocalJobs, localJobs } from './scheduled-jobs.ts';
import { seedDemoData } from './seed.ts';

export interface LocalStackOptions {
  port: number;
  /** Persist DynamoDB Local here; in memory when absent. Ignored when DYNAMODB_ENDPOINT is set. */
  dataDir?: string;
  /** Built web assets to serve on the same origin, if present. */
  webDist?: string;
  seed?: boolean;
}

export interface LocalStack {
  url: string;
  issuer: DevIssuer;
  /** Employers who signed up (their codes are "e-mailed" here) or accepted an invitation. */
  accounts: LocalAccounts;
  seededTenants: string[];
  /** The scheduled jobs, run with the outbox; `npm start` runs them on a timer, tests on demand. */
  jobs: LocalJobs;
  stop: () => Promise<void>;
}

/** DynamoDB Local + table + demo data + the API and web on one origin. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  let dynamo: RunningDynamo | undefined;
  if (!process.env.DYNAMODB_ENDPOINT) {
    dynamo = await startDynamoDbLocal(options.dataDir ? { dataDir: options.dataDir } : {});
    process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  }
  process.env.TABLE_NAME ??= 'bryggan';
  await ensureTable(localClient(process.env.DYNAMODB_ENDPOINT), process.env.TABLE_NAME);
  const seededTenants = options.seed === false ? [] : await seedDemoData();

  const issuer = await createDevIssuer();
  // Mail and local accounts are kept beside the data, so a restart keeps them too.
  const beside = (name: string) => (options.dataDir ? join(options.dataDir, '..', name) : undefined);
  const outbox = createOutbox(beside('outbox'));
  const server = new Hono<AppEnv>();
  const accounts = new LocalAccounts(beside('accounts.json'));
  const jobDeps: JobDeps = { mailer: outbox };
  const jobs = localJobs(await catalogueJobs(), jobDeps);
  server.route('/v1/dev/cognito', cognitoStandIn(accounts));
  server.route('/v1/dev', devRoutes(issuer, { outbox, accounts }, jobs));
  server.route(
    '/',
    createApp({
      verifyToken: issuer.verifyToken,
      cursorSecret: localCursorSecret(),
      mailer: outbox,
      directory: accounts,
    }),
  );
  server.all('/v1/*', (c) => problemResponse(problem('route.not_found'), c));
  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    const root = resolve(options.webDist);
    const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
    server.use('/*', serveStatic({ root }));
    // Client-side routes all load the single page.
    server.get('*', (c) => c.html(indexHtml));
  }

  const http = serve({ fetch: server.fetch, port: options.port, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => http.once('listening', ready));
  const { port } = http.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  // Links in the jobs' mail point at this server, known only once it listens.
  jobDeps.webUrl = url;
  return {
    url,
    issuer,
    accounts,
    seededTenants,
    jobs,
    stop: async () => {
      await new Promise<void>((closed) => http.close(() => closed()));
      await dynamo?.stop();
    },
  };
}

// Locally a per-process key is enough: cursors only need to outlive one listing.
function localCursorSecret(): () => Promise<string> {
  const secret = process.env.CURSOR_SECRET ?? crypto.randomUUID();
  return async () => secret;
}
