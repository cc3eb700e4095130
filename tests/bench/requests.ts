import { documents } from '#shared/db/client';
import { createTenantIfAbsent } from '#shared/db/repositories/tenants';
import { sectors } from '#shared/schemas/vocabulary';
import { createApp } from '../../functions/api/app.ts';
import { createDevIssuer } from '../../functions/local/dev-issuer.ts';
import { LocalAccounts } from '../../functions/local/local-accounts.ts';
import { createOutbox } from '../../functions/local/outbox.ts';
import { employerBody, eventBody, participantBody, placementBody } from '../fixtures/bodies.ts';
import { DynamoMeter } from './dynamo-meter.ts';
import { median, percentile } from './stats.ts';

// 2 and 3. Representative requests through the whole app (`app.request`, in process)
// against DynamoDB Local: p50 and p99 of each, next to the time DynamoDB spent on the
// calls that same request made (their union, so parallel calls count once); and how
// many calls and capacity units each request needs. Audit writes are counted apart.

const tenant = 'bench-requests';
export const openPlacementCount = 200;
const rounds = 200;

export interface RequestFigures {
  name: string;
  /** A read request is held to the two-call target; a write's reads are its checks. */
  kind: 'read' | 'write';
  p50: number;
  p99: number;
  dynamoP50: number;
  dynamoP99: number;
  reads: number;
  readUnits: number;
  writes: number;
  writeUnits: number;
  operations: string;
  itemsReturned: number;
}

type Send = () => Response | Promise<Response>;

async function seed(app: ReturnType<typeof createApp>, token: string) {
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ id: string }>;
  };
  const employers: string[] = [];
  for (let e = 0; e < 20; e++) {
    const employer = await send(
      'POST',
      '/v1/employers',
      employerBody({ name: `Benchbolaget ${e} AB`, sectors: ['retail', 'logistics'] }),
    );
    employers.push(employer.id);
  }
  // One more employer, paused (without placements, so 200 stay open): matching reads the paused set.
  const paused = await send(
    'POST',
    '/v1/employers',
    employerBody({
      name: 'Pausade bolaget AB',
      address: { street: 'Storgatan 2', postcode: '21122', city: 'Malmö', area: 'Centrum' },
    }),
  );
  const pause = await app.request(`/v1/employers/${paused.id}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': '*' },
    body: JSON.stringify({ status: 'paused' }),
  });
  if (pause.status !== 200) throw new Error(`pause: ${pause.status} ${await pause.text()}`);
  const placements: string[] = [];
  for (let p = 0; p < openPlacementCount; p++) {
    const placement = await send(
      'POST',
      `/v1/employers/${employers[p % employers.length]}/placements`,
      placementBody({
        title: `Packa varor ${p}`,
        sector: p % 2 ? 'logistics' : 'retail',
        maxSupportLevel: 3,
        status: 'open',
      }),
    );
    placements.push(placement.id);
  }
  const participant = await send('POST', '/v1/participants', participantBody());
  // Room for every sign-up the bench makes: each is a confirmed seat, not the waiting list.
  const event = await send(
    'POST',
    '/v1/events',
    eventBody({ title: 'Forumträff', seats: { participant: 1_000, employer: 10 } }),
  );
  return { placement: placements[0]!, participant: participant.id, event: event.id };
}

async function itemsIn(response: Response): Promise<number> {
  const body = (await response.json()) as { items?: unknown[] };
  return Array.isArray(body.items) ? body.items.length : 1;
}

export async function requestBench(): Promise<RequestFigures[]> {
  const issuer = await createDevIssuer();
  const app = createApp({
    verifyToken: issuer.verifyToken,
    cursorSecret: async () => 'bench-cursor-secret',
    mailer: createOutbox(),
    directory: new LocalAccounts(),
  });
  await createTenantIfAbsent({
    id: tenant,
    name: 'Bench',
    sectors: [...sectors],
    createdAt: new Date().toISOString(),
  });
  const token = await issuer.issueToken({ id: 'coach-bench', role: 'coach', tenant, name: 'Bench Coach' });
  const ids = await seed(app, token);
  const meter = new DynamoMeter();
  meter.attach(documents());

  const asCoach =
    (path: string): Send =>
    () =>
      app.request(path, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'sv' } });
  let signup = 0;
  const cases: [string, 'read' | 'write', Send][] = [
    ['get a placement', 'read', asCoach(`/v1/placements/${ids.placement}`)],
    ['list page of placements (50)', 'read', asCoach('/v1/placements?limit=50')],
    [
      `a participant's matches (${openPlacementCount} open placements, a paused employer)`,
      'read',
      asCoach(`/v1/participants/${ids.participant}/matches`),
    ],
    [
      'public event sign-up',
      'write',
      () =>
        app.request(`/v1/public/${tenant}/events/${ids.event}/signups`, {
          method: 'POST',
          // Each from its own address, as people signing up are: the limit per address holds.
          headers: {
            'content-type': 'application/json',
            'accept-language': 'sv',
            'x-forwarded-for': `10.0.${signup >> 8}.${signup & 255}`,
          },
          body: JSON.stringify({ name: 'Sara Svensson', email: `sara-${signup++}@bench.example` }),
        }),
    ],
  ];

  const figures: RequestFigures[] = [];
  for (const [name, kind, send] of cases) {
    // Warm: the token and the tenant are verified once per container, as in Lambda.
    for (let i = 0; i < 10; i++) await (await send()).arrayBuffer();
    const totals: number[] = [];
    const dynamo: number[] = [];
    let first: Awaited<ReturnType<typeof meter.during<Response>>> | undefined;
    let itemsReturned = 0;
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      const measured = await meter.during(async () => {
        const response = await send();
        if (response.status >= 300) throw new Error(`${name}: ${response.status} ${await response.text()}`);
        return response;
      });
      const count = await itemsIn(measured.result);
      totals.push(performance.now() - started);
      dynamo.push(measured.dynamoMs);
      if (!first) {
        first = measured;
        itemsReturned = count;
      }
    }
    const calls = first!.calls;
    const reads = calls.filter((call) => call.read);
    const writes = calls.filter((call) => !call.read);
    figures.push({
      name,
      kind,
      p50: median(totals),
      p99: percentile(totals, 0.99),
      dynamoP50: median(dynamo),
      dynamoP99: percentile(dynamo, 0.99),
      reads: reads.length,
      readUnits: reads.reduce((sum, call) => sum + call.units, 0),
      writes: writes.length,
      writeUnits: writes.reduce((sum, call) => sum + call.units, 0),
      operations: calls.map((call) => call.operation.replace(/Command$/, '')).join(', '),
      itemsReturned,
    });
  }
  return figures;
}
