import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addMonths } from '../../domain/support-after-hire.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { Provision } from '../../schemas/compensation.ts';
import type { Employment } from '../../schemas/employment.ts';
import type { Match } from '../../schemas/match.ts';
import type { Participant, Transition } from '../../schemas/participant.ts';
import type { SupportCall } from '../../schemas/support-call.ts';
import type { SupportRequest } from '../../schemas/support-request.ts';
import type { Stage } from '../../schemas/vocabulary.ts';
import { documents, tableName } from '../client.ts';
import { keys } from '../keys.ts';
import type { IndexName } from '../table.ts';
import { spellStages } from './indicators.ts';
import type { StoredSignup } from './signups.ts';

// Every stored item about one participant, found by key (never a Scan): their own
// partition, the index partitions that name them, and the items those name in turn.
// The export shows them; the erasure rewrites them (participant-erasure.ts).

export type Item = Record<string, unknown>;

/** A sign-up with its companions' own sign-ups and the guards it holds. */
export interface SignupGroup {
  signup: StoredSignup & Item;
  companions: (StoredSignup & Item)[];
  guards: Item[];
}

/** A pathway step with the closed prework spells it wrote (the indicators' rows). */
export interface TransitionGroup {
  transition: Transition & Item;
  spells: Item[];
}

/** An employment with its retention marks (the indicators' rows). */
export interface EmploymentGroup {
  employment: Employment & Item;
  marks: Item[];
}

export interface ParticipantData {
  participant?: Participant & Item;
  transitions: TransitionGroup[];
  employments: EmploymentGroup[];
  provisions: (Provision & Item)[];
  interests: Item[];
  matches: { match: Match & Item; guard?: Item }[];
  supportCalls: { call: SupportCall & Item; request?: SupportRequest & Item }[];
  signups: SignupGroup[];
  audit: (AuditEntry & Item)[];
  idempotency: Item[];
}

async function queryItems(index: IndexName | 'table', partition: string): Promise<Item[]> {
  const attribute = index === 'table' ? 'pk' : `${index}pk`;
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const result = await documents().send(
      new QueryCommand({
        TableName: tableName(),
        ...(index === 'table' ? {} : { IndexName: index }),
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': attribute },
        ExpressionAttributeValues: { ':pk': partition },
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(result.Items ?? []));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** One item by key, read consistently: what an export or an erasure acts on must be current. */
export async function getItem(key: { pk: string; sk: string }): Promise<Item | undefined> {
  const result = await documents().send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  return result.Item;
}

const present = <T>(items: (T | undefined)[]): T[] => items.filter((item): item is T => item !== undefined);

/** The calendar years from one day to another (a closed spell is kept under each). */
function yearsBetween(start: string, end: string): string[] {
  const years: string[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1)
    years.push(String(year));
  return years;
}

async function spellsOf(tenant: string, participantId: string, transition: Transition): Promise<Item[]> {
  const from = transition.from as Stage | null;
  if (!from || !spellStages.includes(from) || !transition.fromDate) return [];
  const found = await Promise.all(
    yearsBetween(transition.fromDate, transition.date).map((year) =>
      getItem(keys.spell(tenant, from, year, transition.date, participantId, transition.id)),
    ),
  );
  return present(found);
}

async function marksOf(tenant: string, employment: Employment): Promise<Item[]> {
  const found = await Promise.all(
    [6, 12].map((months) =>
      getItem(
        keys.fact(
          tenant,
          addMonths(employment.startDate, months),
          'retention_mark',
          `${months}#${employment.id}`,
        ),
      ),
    ),
  );
  return present(found).filter((mark) => mark.participantId === employment.participantId);
}

async function signupGroup(tenant: string, signup: StoredSignup & Item): Promise<SignupGroup> {
  const [companions, guards] = await Promise.all([
    Promise.all((signup.companionIds ?? []).map((id) => getItem(keys.signup(tenant, id)))),
    Promise.all(
      (signup.guards ?? []).map((guard) =>
        getItem(keys.signupGuard(tenant, signup.eventId, guard.field, guard.value)),
      ),
    ),
  ]);
  return {
    signup,
    companions: present(companions) as (StoredSignup & Item)[],
    guards: present(guards).filter((guard) => guard.signupId === signup.id),
  };
}

/** Everything stored about the participant that still names their id. */
export async function participantData(tenant: string, participantId: string): Promise<ParticipantData> {
  const [own, matches, calls, signups, audit, idempotency] = await Promise.all([
    queryItems('table', keys.participant(tenant, participantId).pk),
    queryItems('gsi2', keys.matchesOfParticipant(tenant, participantId)),
    queryItems('gsi2', keys.supportCallsOfParticipant(tenant, participantId)),
    queryItems('gsi3', keys.signupsOfParticipant(tenant, participantId)),
    queryItems('table', keys.auditOfSubject(tenant, participantId)),
    queryItems('gsi3', keys.idempotencyOfParticipant(tenant, participantId)),
  ]);
  const of = (entity: string) => own.filter((item) => item.entity === entity);
  const transitions = of('transition') as (Transition & Item)[];
  const employments = of('employment') as (Employment & Item)[];
  return {
    ...(of('participant')[0] ? { participant: of('participant')[0] as Participant & Item } : {}),
    transitions: await Promise.all(
      transitions.map(async (transition) => ({
        transition,
        spells: await spellsOf(tenant, participantId, transition),
      })),
    ),
    employments: await Promise.all(
      employments.map(async (employment) => ({ employment, marks: await marksOf(tenant, employment) })),
    ),
    provisions: of('provision') as (Provision & Item)[],
    interests: of('placementInterest'),
    matches: await Promise.all(
      (matches as (Match & Item)[]).map(async (match) => {
        const guard = await getItem(keys.matchGuard(tenant, participantId, match.placementId));
        return { match, ...(guard && guard.matchId === match.id ? { guard } : {}) };
      }),
    ),
    supportCalls: await Promise.all(
      (calls as (SupportCall & Item)[]).map(async (call) => {
        const request = call.supportRequestId
          ? await getItem(keys.supportRequest(tenant, call.supportRequestId))
          : undefined;
        return { call, ...(request ? { request: request as SupportRequest & Item } : {}) };
      }),
    ),
    signups: await Promise.all(
      (signups as (StoredSignup & Item)[]).map((signup) => signupGroup(tenant, signup)),
    ),
    audit: audit as (AuditEntry & Item)[],
    idempotency,
  };
}
