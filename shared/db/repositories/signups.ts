import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  placeSignup,
  promote,
  release,
  resize,
  type SeatLedger,
  type Waiting,
} from '../../domain/event-seats.ts';
import { holdsSeat } from '../../domain/event-signup.ts';
import { type Event, type SeatKind, seatKinds } from '../../schemas/event.ts';
import type { Signup, SignupStatus } from '../../schemas/signup.ts';
import { readByKeys } from '../batch-get.ts';
import { documents, tableName } from '../client.ts';
import { ConflictError, failedConditions, isConditionalCheckFailed, StaleVersionError } from '../errors.ts';
import { keys } from '../keys.ts';
import { defineEntity, type EntityModel, itemOf } from '../model.ts';
import { type Page, type PageRequest, queryPage, stripKeys } from '../page.ts';
import { BusyError, transact } from '../transact.ts';
import { getLedger, LedgerMovedError, ledgerItem, saveEvent } from './events.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** What the table keeps of a sign-up besides what the API shows. */
export interface StoredSignup extends Signup {
  /** The companions' own sign-up ids (on the main sign-up). */
  companionIds?: string[];
  /** The person's guards, deleted when the sign-up is cancelled. */
  guards?: { field: string; value: string }[];
}

const seqKey = (signup: Signup) =>
  `${signup.kind}#${signup.status}#${String(signup.seq).padStart(9, '0')}#${signup.companionOf ? 'c' : 'm'}#${signup.id}`;

const signupIndexes = {
  gsi1: (signup: StoredSignup) => ({
    pk: keys.signupsOfEvent(signup.tenant, signup.eventId),
    sk: seqKey(signup),
  }),
  // A participant's sign-ups, for their export and erasure (sparse: only sign-ups naming one).
  gsi3: (signup: StoredSignup) =>
    signup.participantId
      ? { pk: keys.signupsOfParticipant(signup.tenant, signup.participantId), sk: signup.id }
      : undefined,
};

export const signupModel = defineEntity<StoredSignup>({
  entity: 'signup',
  key: (signup) => keys.signup(signup.tenant, signup.id),
  indexes: signupIndexes,
});

/** An employer's attendee is also listed under the employer, for its own view and the coach's follow-up. */
export const employerSignupModel = defineEntity<StoredSignup>({
  entity: 'signup',
  key: (signup) => keys.signup(signup.tenant, signup.id),
  indexes: {
    ...signupIndexes,
    gsi2: (signup) => ({
      pk: keys.signupsOfEmployer(signup.tenant, signup.employerId ?? ''),
      sk: `${signup.eventStartsAt}#${signup.id}`,
    }),
  },
});

const modelOf = (signup: StoredSignup): EntityModel<StoredSignup> =>
  signup.employerId ? employerSignupModel : signupModel;
export const signupItem = (signup: StoredSignup) => itemOf(modelOf(signup), signup);

/** The sign-up as the API shows it: without guards and companion ids. */
export function toSignup(item: Record<string, unknown>): Signup {
  const { companionIds: _c, guards: _g, ...signup } = stripKeys<StoredSignup>(item);
  return signup;
}

const pause = (attempt: number) =>
  new Promise((resolve) =>
    setTimeout(resolve, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 8))),
  );

// A ledger move (another sign-up got in between the read and the write) is retried
// from a fresh read; this many tries is minutes of contention, not a normal load.
const maxAttempts = 400;

export interface NewSignup {
  event: Event;
  /** The main sign-up without what the ledger decides (status, seq, position). */
  signup: Omit<
    StoredSignup,
    'status' | 'seq' | 'position' | 'version' | 'companions' | 'companionIds' | 'guards'
  >;
  companionNames: string[];
  guards: { field: 'email' | 'phone' | 'participantId'; value: string }[];
  /** The hash of the cancel link's secret, when the sign-up gets a link. */
  tokenHash?: string;
  /** A walk-in is recorded as attended; it takes no seat from the ledger. */
  walkIn: boolean;
  companionId: () => string;
  now: Date;
}

export interface Created {
  signup: Signup;
  companions: Signup[];
}

/**
 * Stores a sign-up with its companions: the ledger decides confirmed or waitlisted
 * (and the waitlist position) and is rewritten in the same transaction,
 * conditional on the revision read; the person's guards are put only if absent
 * (→ `signup.duplicate`), and the event must still take sign-ups.
 */
export async function createSignup(tenant: string, request: NewSignup): Promise<Created> {
  const { event, signup, companionNames, guards, walkIn, now } = request;
  const need = 1 + companionNames.length;
  const companionIds = companionNames.map(() => request.companionId());
  for (let attempt = 1; ; attempt++) {
    const ledger = await getLedger(tenant, event.id);
    if (!ledger) throw new ConflictError('event.not_found', 'eventId');
    const placed = walkIn
      ? {
          status: 'attended' as const,
          seq: ledger.seq + 1,
          ledger: { ...ledger, seq: ledger.seq + 1, rev: ledger.rev + 1 },
        }
      : placeSignup(ledger, signup.kind, need);
    const main: StoredSignup = {
      ...signup,
      status: placed.status,
      seq: placed.seq,
      companions: companionNames.length,
      version: 1,
      ...(companionIds.length > 0 ? { companionIds } : {}),
      ...(guards.length > 0 ? { guards } : {}),
    };
    const companions: StoredSignup[] = companionNames.map((name, index) => ({
      ...signup,
      id: companionIds[index]!,
      name,
      companionOf: signup.id,
      companions: 0,
      status: placed.status,
      seq: placed.seq,
      version: 1,
      needs: { stepFree: false },
      // A companion is reached through the person they come with.
      email: undefined,
      phone: undefined,
      participantId: undefined,
    }));
    const items: TransactItem[] = [
      {
        ConditionCheck: {
          TableName: tableName(),
          Key: keys.event(tenant, event.id),
          ...(walkIn
            ? { ConditionExpression: 'attribute_exists(pk)' }
            : {
                ConditionExpression: '#status = :published AND signupDeadline >= :now',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':published': 'published', ':now': now.toISOString() },
              }),
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: ledgerItem(tenant, event.id, placed.ledger),
          ConditionExpression: 'rev = :rev',
          ExpressionAttributeValues: { ':rev': ledger.rev },
        },
      },
      ...guards.map(
        (guard): TransactItem => ({
          Put: {
            TableName: tableName(),
            Item: {
              ...keys.signupGuard(tenant, event.id, guard.field, guard.value),
              entity: 'signupGuard',
              signupId: signup.id,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        }),
      ),
      ...[main, ...companions].map(
        (item): TransactItem => ({
          Put: {
            TableName: tableName(),
            Item: signupItem(item),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        }),
      ),
      ...(placed.status === 'waitlisted'
        ? [
            {
              Put: {
                TableName: tableName(),
                Item: {
                  ...keys.waitlistEntry(tenant, event.id, signup.kind, placed.seq),
                  entity: 'waitlistEntry',
                  signupId: signup.id,
                  need,
                },
              },
            },
          ]
        : []),
      ...(request.tokenHash
        ? [
            {
              Put: {
                TableName: tableName(),
                Item: {
                  ...keys.cancelLink(tenant, request.tokenHash),
                  entity: 'cancelLink',
                  signupId: signup.id,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
    ];
    try {
      await transact({ TransactItems: items });
      const position = 'position' in placed ? placed.position : undefined;
      return {
        signup: toSignup({ ...main, ...(position ? { position } : {}) }),
        companions: companions.map((companion) =>
          toSignup({ ...companion, ...(position ? { position } : {}) }),
        ),
      };
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      const guardFailed = failed.find((index) => index >= 2 && index < 2 + guards.length);
      if (guardFailed !== undefined)
        throw new ConflictError('signup.duplicate', guards[guardFailed - 2]!.field);
      if (failed.includes(0)) throw new ConflictError('event.signup_closed', 'eventId');
      if (attempt >= maxAttempts) throw new BusyError('The seat ledger kept moving.');
      await pause(attempt);
    }
  }
}

export async function getSignup(tenant: string, signupId: string): Promise<Signup | undefined> {
  const stored = await getStoredSignup(tenant, signupId);
  return stored ? toSignup(stored as unknown as Record<string, unknown>) : undefined;
}

async function getStoredSignup(tenant: string, signupId: string): Promise<StoredSignup | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.signup(tenant, signupId), ConsistentRead: true }),
  );
  return result.Item ? stripKeys<StoredSignup>(result.Item) : undefined;
}

async function getStoredSignups(tenant: string, ids: readonly string[]): Promise<StoredSignup[]> {
  if (ids.length === 0) return [];
  const found = (
    await readByKeys(
      ids.map((id) => keys.signup(tenant, id)),
      { consistentRead: true },
    )
  ).map((item) => stripKeys<StoredSignup>(item));
  const byId = new Map(found.map((signup) => [signup.id, signup]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** The sign-up a cancel link's secret (hashed) belongs to. */
export async function signupIdByCancelLink(tenant: string, tokenHash: string): Promise<string | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: keys.cancelLink(tenant, tokenHash) }),
  );
  return result.Item ? String(result.Item.signupId) : undefined;
}

interface WaitEntry extends Waiting {
  seq: number;
}

/** The head of a kind's waitlist, in order (a consistent Query on the event's partition). */
async function waitlistHead(
  tenant: string,
  eventId: string,
  kind: SeatKind,
  limit: number,
): Promise<WaitEntry[]> {
  const result = await documents().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.event(tenant, eventId).pk,
        ':prefix': keys.waitlistPrefix(kind),
      },
      ConsistentRead: true,
      Limit: limit,
    }),
  );
  return (result.Items ?? []).map((item) => ({
    signupId: String(item.signupId),
    need: Number(item.need),
    seq: Number(String(item.sk).split('#').at(-1)),
  }));
}

/** Each waitlisted main sign-up's position (1 is next), per kind, from the waitlist itself. */
export async function waitlistPositions(
  tenant: string,
  eventId: string,
  kind: SeatKind,
): Promise<Map<string, number>> {
  const positions = new Map<string, number>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await documents().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': keys.event(tenant, eventId).pk,
          ':prefix': keys.waitlistPrefix(kind),
        },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of result.Items ?? []) positions.set(String(item.signupId), positions.size + 1);
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return positions;
}

const putIfUnchanged = (signup: StoredSignup, next: StoredSignup): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: signupItem(next),
    ConditionExpression: 'version = :version AND #status = :status',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':version': signup.version, ':status': signup.status },
  },
});

/** Promotes from the head of a kind's waitlist into freed seats: the ledger after, and the writes that do it. */
async function promotions(
  tenant: string,
  eventId: string,
  kind: SeatKind,
  ledger: SeatLedger,
  now: Date,
): Promise<{ ledger: SeatLedger; items: TransactItem[]; promoted: StoredSignup[] }> {
  if (ledger.waiting[kind] === 0 || ledger.taken[kind] >= ledger.capacity[kind]) {
    return { ledger, items: [], promoted: [] };
  }
  // At most 10 at a time keeps the transaction far below DynamoDB's 100 items.
  const heads = await waitlistHead(tenant, eventId, kind, 10);
  const planned = promote(ledger, kind, heads);
  const items: TransactItem[] = [];
  const promoted: StoredSignup[] = [];
  for (const head of planned.promoted as WaitEntry[]) {
    const main = await getStoredSignup(tenant, head.signupId);
    if (!main) throw new LedgerMovedError();
    const group = [main, ...(await getStoredSignups(tenant, main.companionIds ?? []))];
    items.push({
      Delete: {
        TableName: tableName(),
        Key: keys.waitlistEntry(tenant, eventId, kind, head.seq),
        ConditionExpression: 'attribute_exists(pk)',
      },
    });
    for (const member of group) {
      items.push(
        putIfUnchanged(member, {
          ...member,
          status: 'confirmed',
          version: member.version + 1,
          updatedAt: now.toISOString(),
        }),
      );
    }
    promoted.push({ ...main, status: 'confirmed', version: main.version + 1 });
  }
  return { ledger: planned.ledger, items, promoted };
}

export type CancelOutcome =
  | { outcome: 'not_found' }
  | { outcome: 'unchanged'; signup: Signup }
  | { outcome: 'refused'; signup: Signup }
  | { outcome: 'cancelled'; signup: Signup; promoted: Signup[] };

/**
 * Cancels a sign-up with its companions. Its seats go to the head of the
 * waitlist of its kind in the same transaction (no seat lost or given twice),
 * its waitlist entry and guards go, and the ledger is rewritten conditional on
 * the revision read. Cancelling what is already cancelled changes nothing.
 */
export async function cancelSignup(tenant: string, signupId: string, now: Date): Promise<CancelOutcome> {
  for (let attempt = 1; ; attempt++) {
    const main = await getStoredSignup(tenant, signupId);
    if (!main) return { outcome: 'not_found' };
    if (main.status === 'cancelled') return { outcome: 'unchanged', signup: toSignup({ ...main }) };
    if (main.companionOf || main.status === 'attended' || main.status === 'no_show')
      return { outcome: 'refused', signup: toSignup({ ...main }) };
    const ledger = await getLedger(tenant, main.eventId);
    if (!ledger) return { outcome: 'not_found' };
    const group = [main, ...(await getStoredSignups(tenant, main.companionIds ?? []))];
    const need = 1 + (main.companionIds?.length ?? 0);
    const held = holdsSeat(main.status) ? 'seat' : main.status === 'waitlisted' ? 'waitlist' : 'nothing';
    try {
      const freed = release(ledger, main.kind, need, held);
      const next = await promotions(tenant, main.eventId, main.kind, freed, now);
      const items: TransactItem[] = [
        {
          Put: {
            TableName: tableName(),
            Item: ledgerItem(tenant, main.eventId, next.ledger),
            ConditionExpression: 'rev = :rev',
            ExpressionAttributeValues: { ':rev': ledger.rev },
          },
        },
        ...group.map((member) =>
          putIfUnchanged(member, {
            ...member,
            status: 'cancelled',
            version: member.version + 1,
            updatedAt: now.toISOString(),
          }),
        ),
        ...(main.guards ?? []).map(
          (guard): TransactItem => ({
            Delete: {
              TableName: tableName(),
              Key: keys.signupGuard(tenant, main.eventId, guard.field, guard.value),
              ConditionExpression: 'signupId = :id',
              ExpressionAttributeValues: { ':id': main.id },
            },
          }),
        ),
        ...(main.status === 'waitlisted'
          ? [
              {
                Delete: {
                  TableName: tableName(),
                  Key: keys.waitlistEntry(tenant, main.eventId, main.kind, main.seq),
                  ConditionExpression: 'attribute_exists(pk)',
                },
              },
            ]
          : []),
        ...next.items,
      ];
      await transact({ TransactItems: items });
      return {
        outcome: 'cancelled',
        signup: toSignup({ ...main, status: 'cancelled', version: main.version + 1 }),
        promoted: next.promoted.map((promoted) => toSignup({ ...promoted })),
      };
    } catch (error) {
      if (!(error instanceof LedgerMovedError) && !failedConditions(error)) throw error;
      if (attempt >= maxAttempts) throw new BusyError('The seat ledger kept moving.');
      await pause(attempt);
    }
  }
}

/**
 * A check-in change (attended, no-show, back to confirmed): the seat stays held,
 * so only the sign-up is written, conditional on the version the caller read.
 */
export async function setAttendance(
  tenant: string,
  signup: Signup,
  status: Extract<SignupStatus, 'attended' | 'no_show' | 'confirmed'>,
  now: Date,
): Promise<Signup> {
  const stored = await getStoredSignup(tenant, signup.id);
  if (!stored || stored.version !== signup.version) throw new StaleVersionError();
  const next: StoredSignup = { ...stored, status, version: stored.version + 1, updatedAt: now.toISOString() };
  try {
    await transact({ TransactItems: [putIfUnchanged(stored, next)] });
  } catch (error) {
    if (failedConditions(error)) throw new StaleVersionError();
    throw error;
  }
  return toSignup({ ...next });
}

/** An event's sign-ups by kind and status, in arrival order (one Query on gsi1); companions follow theirs. */
export async function listSignups(
  tenant: string,
  eventId: string,
  page: PageRequest,
  filter: { kind?: SeatKind | undefined; status?: SignupStatus | undefined } = {},
): Promise<Page<Signup>> {
  const prefix = filter.kind ? `${filter.kind}#${filter.status ? `${filter.status}#` : ''}` : undefined;
  const listed = await queryPage('gsi1', keys.signupsOfEvent(tenant, eventId), page, toSignup, {
    ...(prefix ? { sortKeyPrefix: prefix } : {}),
    ...(!filter.kind && filter.status ? { filter: { status: filter.status } } : {}),
  });
  const waiting = [...new Set(listed.items.filter((s) => s.status === 'waitlisted').map((s) => s.kind))];
  if (waiting.length === 0) return listed;
  const positions = new Map<string, number>();
  for (const kind of waiting)
    for (const [id, position] of await waitlistPositions(tenant, eventId, kind)) positions.set(id, position);
  return {
    ...listed,
    items: listed.items.map((signup) => {
      const position =
        signup.status === 'waitlisted' ? positions.get(signup.companionOf ?? signup.id) : undefined;
      return position ? { ...signup, position } : signup;
    }),
  };
}

/** An employer's attendees' sign-ups, by event start (gsi2). */
export const listEmployerSignups = (
  tenant: string,
  employerId: string,
  page: PageRequest,
): Promise<Page<Signup>> => queryPage('gsi2', keys.signupsOfEmployer(tenant, employerId), page, toSignup);

/**
 * New seat numbers for an event, saved with the event: never below the seats
 * held (`event.seats_below_taken`), and a rise promotes from the waitlists in the
 * same transaction. Retries while sign-ups move the ledger.
 */
export async function saveEventWithSeats(
  tenant: string,
  event: Event,
  expectedVersion: number,
  now: Date,
): Promise<Signup[]> {
  for (let attempt = 1; ; attempt++) {
    const ledger = await getLedger(tenant, event.id);
    if (!ledger) throw new StaleVersionError();
    const resized = resize(ledger, event.seats);
    if (!resized) throw new ConflictError('event.seats_below_taken', 'seats');
    try {
      const participants = await promotions(tenant, event.id, 'participant', resized, now);
      const employers = await promotions(tenant, event.id, 'employer', participants.ledger, now);
      await saveEvent(tenant, event, expectedVersion, { next: employers.ledger, expectedRev: ledger.rev }, [
        ...participants.items,
        ...employers.items,
      ]);
      return [...participants.promoted, ...employers.promoted].map((signup) => toSignup({ ...signup }));
    } catch (error) {
      if (!(error instanceof LedgerMovedError)) throw error;
      if (attempt >= maxAttempts) throw new BusyError('The seat ledger kept moving.');
      await pause(attempt);
    }
  }
}

/**
 * An event's main sign-ups (companions left out) in the given statuses: the confirmed
 * get a reminder; the confirmed and waitlisted hear that the event is cancelled.
 */
export async function mainSignups(
  tenant: string,
  eventId: string,
  statuses: readonly SignupStatus[],
): Promise<Signup[]> {
  const all: Signup[] = [];
  for (const kind of seatKinds) {
    for (const status of statuses) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await queryPage(
          'gsi1',
          keys.signupsOfEvent(tenant, eventId),
          { limit: 500, ...(startKey ? { startKey } : {}) },
          toSignup,
          { sortKeyPrefix: `${kind}#${status}#` },
        );
        all.push(...page.items.filter((signup) => !signup.companionOf));
        startKey = page.lastKey;
      } while (startKey);
    }
  }
  return all;
}

/**
 * Marks a sign-up reminded, only if it is still confirmed and was not reminded:
 * true when this call marked it (and so should send the reminder).
 */
export async function markReminded(tenant: string, signupId: string, now: Date): Promise<boolean> {
  try {
    await documents().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.signup(tenant, signupId),
        UpdateExpression: 'SET remindedAt = :now, version = version + :one, updatedAt = :now',
        ConditionExpression:
          'attribute_exists(pk) AND attribute_not_exists(remindedAt) AND #status = :confirmed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':now': now.toISOString(), ':one': 1, ':confirmed': 'confirmed' },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/** Takes back this run's reminder mark after its mail failed, so a later run sends it. */
export async function releaseReminder(tenant: string, signupId: string, markedAt: Date): Promise<void> {
  try {
    await documents().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.signup(tenant, signupId),
        UpdateExpression: 'REMOVE remindedAt SET version = version + :one',
        ConditionExpression: 'remindedAt = :markedAt',
        ExpressionAttributeValues: { ':markedAt': markedAt.toISOString(), ':one': 1 },
      }),
    );
  } catch (error) {
    // Marked again by a later run, or gone: nothing of ours to take back.
    if (!isConditionalCheckFailed(error)) throw error;
  }
}
