// `npm run load`: a bounded load on the local stack (DynamoDB Local in memory, the
// demo data, the API on a free loopback port), with a mix of what users do most:
// list placements, read a participant's matches, sign up for events in public, and
// accept proposals. It prints throughput and p50/p99 per kind, counts every
// answer that is neither 2xx nor an expected refusal, then reads the table and
// exits non-zero if an answer was unexpected or an invariant broke.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { createApp } from '#api/app';
import { createDevIssuer } from '../../functions/local/dev-issuer.ts';
import { ensureTable, localClient, startDynamoDbLocal } from '../../functions/local/dynamodb-local.ts';
import { LocalAccounts } from '../../functions/local/local-accounts.ts';
import { createOutbox } from '../../functions/local/outbox.ts';
import { seedDemoData } from '../../functions/local/seed.ts';
import { employerBody, eventBody, participantBody, placementBody } from '../fixtures/bodies.ts';
import { snapshotTenants } from '../integration/support/table-snapshot.ts';
import { formatResult, invariantViolations, type KindResult, unexpectedAnswers } from './load-core.ts';

const tenant = 'malmo';
const maxSeconds = 45;
const connections = 4;
const placements = 6;
const seatsPerPlacement = 3;
const proposals = 60;
const signupsWanted = 300;
const readsWanted = 1500;

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
/** Sets up, loads and checks; the exit code. */
async function loadRun(endpoint: string): Promise<number> {
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = 'bryggan-load';
  await ensureTable(localClient(endpoint), process.env.TABLE_NAME);
  await seedDemoData();

  const issuer = await createDevIssuer();
  const app = createApp({
    verifyToken: issuer.verifyToken,
    cursorSecret: async () => 'load-cursor-secret',
    mailer: createOutbox(),
    directory: new LocalAccounts(),
    webUrl: 'http://localhost',
  });
  // The app is called without the socket, so the public sign-up's rate limit reads the
  // client from X-Forwarded-For: each simulated visitor sends their own address, as
  // behind CloudFront. (Through `npm start` every request would be 127.0.0.1's.)
  const http = serve({ fetch: (request) => app.fetch(request), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => http.once('listening', ready));
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const token = (id: string, role: 'coach' | 'employer') => issuer.issueToken({ id, role, tenant, name: id });
  const coach = await token('malmo-coach', 'coach');
  const employerUser = await token('load-employer', 'employer');

  async function api(bearer: string | undefined, method: string, path: string, body?: unknown) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
    if (response.status >= 300)
      throw new Error(`setup ${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return { json, etag: response.headers.get('etag') ?? '' };
  }

  // ---- The world the load works on ------------------------------------------------------------

  const employer = await api(
    employerUser,
    'POST',
    '/v1/employers',
    employerBody({
      name: 'Lasttest AB',
      sectors: ['logistics'],
      address: { street: 'Lastgatan 1', postcode: '21122', city: 'Malmö', area: 'Centrum' },
      contact: { name: 'Last Testsson', phone: '040-123456', email: 'last@test.example' },
    }),
  );
  await api(coach, 'POST', `/v1/employers/${employer.json.id}/verify`);
  const placementIds: string[] = [];
  for (let index = 0; index < placements; index++) {
    const created = await api(
      employerUser,
      'POST',
      `/v1/employers/${employer.json.id}/placements`,
      placementBody({ title: `Packa varor ${index + 1}`, seats: seatsPerPlacement, status: 'open' }),
    );
    placementIds.push(created.json.id);
  }
  const participantIds: string[] = [];
  const matches: { id: string; etag: string }[] = [];
  for (let index = 0; index < proposals; index++) {
    const participant = await api(
      coach,
      'POST',
      '/v1/participants',
      participantBody({
        firstName: `Last${index}`,
        lastName: 'Deltagare',
        interests: ['logistics'],
        capabilities: ['fine_motor'],
      }),
    );
    participantIds.push(participant.json.id);
    const match = await api(coach, 'POST', '/v1/matches', {
      participantId: participant.json.id,
      placementId: placementIds[index % placements],
      consentToShare: true,
    });
    matches.push({ id: match.json.id, etag: match.etag || `"v${match.json.version ?? 1}"` });
  }
  const eventIds: string[] = [];
  for (let index = 0; index < 2; index++) {
    const created = await api(
      coach,
      'POST',
      '/v1/events',
      eventBody({ title: `Lasttestträff ${index + 1}`, seats: { participant: 100 } }, 14 + index),
    );
    eventIds.push(created.json.id);
  }

  // ---- The load ---------------------------------------------------------------------------------

  interface Kind {
    kind: string;
    amount: number;
    expected: number[];
    request: (index: number) => {
      method: string;
      path: string;
      headers: Record<string, string>;
      body?: string;
    };
  }

  const bearer = (value: string) => ({ authorization: `Bearer ${value}` });
  const kinds: Kind[] = [
    {
      kind: 'list placements',
      amount: readsWanted,
      expected: [],
      request: () => ({ method: 'GET', path: '/v1/placements?limit=20', headers: bearer(coach) }),
    },
    {
      kind: 'participant matches',
      amount: readsWanted,
      expected: [],
      request: (index) => ({
        method: 'GET',
        path: `/v1/participants/${participantIds[index % participantIds.length]}/matches`,
        headers: bearer(coach),
      }),
    },
    {
      kind: 'public event sign-up',
      amount: signupsWanted,
      // A full event waitlists (201); 409 would be a refusal the rules allow.
      expected: [409],
      request: (index) => ({
        method: 'POST',
        path: `/v1/public/${tenant}/events/${eventIds[index % eventIds.length]}/signups`,
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
        },
        body: JSON.stringify({ name: `Besökare ${index}`, email: `besokare-${index}@load.example` }),
      }),
    },
    {
      kind: 'accept proposal',
      amount: matches.length,
      // More proposals than seats: the acceptances past the last seat are refused (409).
      expected: [409],
      request: (index) => ({
        method: 'PATCH',
        path: `/v1/matches/${matches[index]!.id}`,
        headers: {
          ...bearer(employerUser),
          'content-type': 'application/json',
          'if-match': matches[index]!.etag,
        },
        body: JSON.stringify({ status: 'accepted' }),
      }),
    },
  ];

  async function run(kind: Kind): Promise<KindResult> {
    let next = 0;
    // `amount` bounds the requests; the timer bounds the time (autocannon drops `duration` with `amount`).
    let stop: NodeJS.Timeout | undefined;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections,
          amount: kind.amount,
          requests: [
            {
              setupRequest: (request: autocannon.Request) =>
                ({ ...request, ...kind.request(next++) }) as autocannon.Request,
            },
          ],
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      stop = setTimeout(() => instance.stop(), maxSeconds * 1000);
    });
    clearTimeout(stop);
    const statusCounts: Record<string, number> = {};
    for (const [status, stats] of Object.entries(result.statusCodeStats ?? {}))
      statusCounts[status] = (stats as { count: number }).count;
    if (result.errors > 0) statusCounts.error = result.errors;
    if (result.timeouts > 0) statusCounts.timeout = result.timeouts;
    return {
      kind: kind.kind,
      requests: result.requests.total,
      durationSeconds: result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      statusCounts,
      expected: kind.expected,
    };
  }

  console.log(
    `Load: ${kinds.map((kind) => `${kind.amount} × ${kind.kind}`).join(', ')}; ${connections} connections each, at most ${maxSeconds} s.`,
  );
  const started = Date.now();
  const results = await Promise.all(kinds.map(run));
  const seconds = (Date.now() - started) / 1000;
  for (const result of results) console.log(formatResult(result));
  const total = results.reduce((sum, result) => sum + result.requests, 0);
  console.log(
    `all kinds              ${String(total).padStart(6)} req  ${(total / seconds).toFixed(1).padStart(7)} req/s over ${seconds.toFixed(1)} s`,
  );

  // ---- The table afterwards ------------------------------------------------------------------

  const items = [...(await snapshotTenants(tenant)).get(tenant)!.values()];
  const violations = invariantViolations(items);
  const signupResult = results.find((result) => result.kind === 'public event sign-up')!;
  const stored = items.filter(
    (item) => item.entity === 'signup' && eventIds.includes(String(item.eventId)),
  ).length;
  const answered = Object.entries(signupResult.statusCounts)
    .filter(([status]) => status.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0);
  if (stored !== answered) violations.push(`${answered} sign-ups answered 201, ${stored} stored`);
  const acceptResult = results.find((result) => result.kind === 'accept proposal')!;
  const accepted = acceptResult.statusCounts['200'] ?? 0;
  if (accepted !== Math.min(matches.length, placements * seatsPerPlacement))
    violations.push(`${accepted} acceptances succeeded for ${placements * seatsPerPlacement} seats`);
  const unexpected = results.reduce((sum, result) => sum + unexpectedAnswers(result), 0);

  console.log(`Unexpected answers: ${unexpected}`);
  console.log(
    violations.length === 0
      ? `Invariants hold over ${items.length} items: no placement over its seats, waitlists without gaps, every sign-up counted once.`
      : `Invariants BROKEN:\n  ${violations.join('\n  ')}`,
  );

  await new Promise<void>((closed) => http.close(() => closed()));
  return unexpected === 0 && violations.length === 0 ? 0 : 1;
}

const dynamo = await startDynamoDbLocal();
let exitCode = 1;
try {
  exitCode = await loadRun(dynamo.endpoint);
} catch (error) {
  console.error(error);
} finally {
  await dynamo.stop();
}
process.exit(exitCode);
