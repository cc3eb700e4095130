import { BatchGetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { addDays, swedishDate } from '../../domain/calendar.ts';
import {
  type IndicatorFacts,
  type MatchFact,
  monthsOf,
  type Period,
  type SpellFact,
  type TransitionFact,
} from '../../domain/indicators/compute.ts';
import { type Publication, publishedSince } from '../../domain/placement-status.ts';
import { addMonths } from '../../domain/support-after-hire.ts';
import type { Employment } from '../../schemas/employment.ts';
import type { Match } from '../../schemas/match.ts';
import type { Participant, Transition } from '../../schemas/participant.ts';
import type { Placement } from '../../schemas/placement.ts';
import type { Gender, Stage } from '../../schemas/vocabulary.ts';
import { documents, tableName } from '../client.ts';
import { keys } from '../keys.ts';
import { stripKeys } from '../page.ts';

// The indicators' reads and the small items their writes add (docs/data-model.md,
// patterns 17 and 56–60). Every read is a Query on a month or year partition of the
// period, or a GetItem of a record the period names: the cost follows the period's
// activity, never the tenant's whole history.

/** Requests and read units a report used (the bench prints them; a report logs nothing). */
export interface ReadStats {
  requests: number;
  readUnits: number;
}

export const newReadStats = (): ReadStats => ({ requests: 0, readUnits: 0 });

/** The stages whose closed spells are kept by year: "in prework at any time in the period". */
export const spellStages: readonly Stage[] = ['prework'];

type Items = { Put: { TableName: string; Item: Record<string, unknown> } }[];

export type FactKind =
  | 'match_started'
  | 'match_completed'
  | 'support_call'
  | 'support_request'
  | 'follow_up_done'
  | 'retention_mark';

/** One counted fact in its month's ledger: the same transaction as the write it counts. */
export function factItem(
  tenant: string,
  fact: { kind: FactKind; date: string; id: string } & Record<string, unknown>,
) {
  return {
    Put: {
      TableName: tableName(),
      Item: { ...keys.fact(tenant, fact.date, fact.kind, fact.id), entity: 'fact', ...fact },
    },
  };
}

/** The calendar years from one day to another: a closed time is kept under each. */
function yearsTouched(start: string, end: string): number[] {
  const years: number[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) years.push(year);
  return years;
}

/**
 * The items a step out of a kept stage writes: the closed spell, once under each
 * calendar year it touched, so a period's Query of its year finds it by end date.
 */
export function closedSpellItems(
  participant: Pick<Participant, 'tenant' | 'id' | 'gender' | 'stage' | 'stageSince'>,
  end: string,
  transitionId: string,
): Items {
  if (!spellStages.includes(participant.stage)) return [];
  const items: Items = [];
  for (const year of yearsTouched(participant.stageSince, end)) {
    items.push({
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.spell(
            participant.tenant,
            participant.stage,
            String(year),
            end,
            participant.id,
            transitionId,
          ),
          entity: 'spell',
          participantId: participant.id,
          gender: participant.gender,
          stage: participant.stage,
          start: participant.stageSince,
          end,
        },
      },
    });
  }
  return items;
}

/**
 * The items a placement's end of publication writes (closed, or back to draft): the time
 * it was published, once under each calendar year it touched, so a period's Query of its
 * years finds it by its last day (pattern 64).
 */
export function endedPublicationItems(placement: Placement, publication: Publication): Items {
  const items: Items = [];
  for (const year of yearsTouched(publication.start, publication.end)) {
    items.push({
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.publication(
            placement.tenant,
            String(year),
            publication.end,
            placement.id,
            placement.version,
          ),
          entity: 'publication',
          placementId: placement.id,
          employerId: placement.employerId,
          start: publication.start,
          end: publication.end,
        },
      },
    });
  }
  return items;
}

/** Retention marks at 6 and 12 months, in the ledger of the months they fall in. */
export function retentionMarkItems(employment: Employment, gender: Gender): Items {
  return [6, 12].map((months) =>
    factItem(employment.tenant, {
      kind: 'retention_mark',
      id: `${months}#${employment.id}`,
      date: addMonths(employment.startDate, months),
      months,
      participantId: employment.participantId,
      employmentId: employment.id,
      startDate: employment.startDate,
      gender,
    }),
  );
}

/** The fact a match step counts (started, completed with its outcome), or none. */
export function matchFactItems(
  tenant: string,
  before: Match,
  after: Match,
  gender: Gender,
  today: string,
): Items {
  if (before.status === after.status) return [];
  if (after.status === 'started')
    return [
      factItem(tenant, {
        kind: 'match_started',
        id: after.id,
        date: after.startDate ?? today,
        employerId: after.employerId,
        gender,
      }),
    ];
  if (after.status === 'completed')
    return [
      factItem(tenant, {
        kind: 'match_completed',
        id: after.id,
        date: today,
        employerId: after.employerId,
        outcome: after.outcome,
        gender,
      }),
    ];
  return [];
}

async function queryAllItems(input: Omit<QueryCommandInput, 'TableName'>, stats: ReadStats) {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await documents().send(
      new QueryCommand({
        TableName: tableName(),
        ...input,
        ReturnConsumedCapacity: 'TOTAL',
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    stats.requests += 1;
    stats.readUnits += result.ConsumedCapacity?.CapacityUnits ?? 0;
    items.push(...(result.Items ?? []));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return items;
}

const between = (index: 'table' | 'gsi1' | 'gsi2', pk: string, from: string, to: string) => {
  const prefix = index === 'table' ? '' : index;
  return {
    ...(index === 'table' ? {} : { IndexName: index }),
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
    ExpressionAttributeNames: { '#pk': `${prefix}pk`, '#sk': `${prefix}sk` },
    ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': to },
  };
};

/** A tenant's transitions dated in [from, to]: one Query per month partition (pattern 17). */
async function transitionsBetween(tenant: string, period: Period, stats: ReadStats): Promise<Transition[]> {
  const pages = await Promise.all(
    monthsOf(period).map((month) =>
      queryAllItems(
        between('gsi1', keys.transitionsInMonth(tenant, month), period.from, `${period.to}~`),
        stats,
      ),
    ),
  );
  return pages.flat().map(stripKeys<Transition>);
}

/** Genders of participants, for facts stored before the gender was copied onto them. */
async function gendersOf(
  tenant: string,
  ids: readonly string[],
  stats: ReadStats,
): Promise<Map<string, Gender>> {
  const genders = new Map<string, Gender>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 100) {
    let request:
      | Record<string, { Keys: Record<string, unknown>[]; ProjectionExpression?: string }>
      | undefined = {
      [tableName()]: {
        Keys: unique.slice(i, i + 100).map((id) => keys.participant(tenant, id)),
        ProjectionExpression: 'id, gender',
      },
    };
    while (request && Object.keys(request).length > 0) {
      const result = await documents().send(
        new BatchGetCommand({ RequestItems: request, ReturnConsumedCapacity: 'TOTAL' }),
      );
      stats.requests += 1;
      stats.readUnits += (result.ConsumedCapacity ?? []).reduce(
        (sum, part) => sum + (part.CapacityUnits ?? 0),
        0,
      );
      for (const item of result.Responses?.[tableName()] ?? [])
        genders.set(item.id as string, item.gender as Gender);
      request = result.UnprocessedKeys as typeof request;
    }
  }
  return genders;
}

/**
 * Everything the indicators of a period count, read by time-ordered keys:
 * transitions by month (17), closed prework spells by year (56) and the prework
 * stage partition for open ones (14), the fact ledger by month (57), retention marks
 * in the same ledger (58), events by start and their sign-ups (32, 35), placements
 * open now (9).
 */
export async function readIndicatorFacts(
  tenant: string,
  period: Period,
  stats = newReadStats(),
): Promise<IndicatorFacts> {
  const years = [...new Set(monthsOf(period).map((month) => month.slice(0, 4)))];
  const [transitions, closed, open, facts, events, placements, publications] = await Promise.all([
    transitionsBetween(tenant, period, stats),
    Promise.all(
      spellStages.flatMap((stage) =>
        years.map((year) =>
          queryAllItems(between('table', keys.spellsInYear(tenant, stage, year), period.from, '~'), stats),
        ),
      ),
    ).then((pages) => pages.flat()),
    Promise.all(
      spellStages.map((stage) =>
        queryAllItems(
          {
            IndexName: 'gsi2',
            KeyConditionExpression: 'gsi2pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.participantsByStage(tenant, stage) },
          },
          stats,
        ),
      ),
    ).then((pages) => pages.flat()),
    Promise.all(
      monthsOf(period).map((month) =>
        queryAllItems(
          between('table', keys.factsInMonth(tenant, month), period.from, `${period.to}~`),
          stats,
        ),
      ),
    ).then((pages) => pages.flat()),
    queryAllItems(
      between('gsi1', keys.eventsAll(tenant), addDays(period.from, -1), `${addDays(period.to, 1)}~`),
      stats,
    ),
    Promise.all(
      ['open', 'full'].map((status) =>
        queryAllItems(
          {
            IndexName: 'gsi2',
            KeyConditionExpression: 'gsi2pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.placementsByStatus(tenant, status) },
          },
          stats,
        ),
      ),
    ).then((pages) => pages.flat()),
    Promise.all(
      years.map((year) =>
        queryAllItems(between('table', keys.publicationsInYear(tenant, year), period.from, '~'), stats),
      ),
    ).then((pages) => pages.flat()),
  ]);

  const inPeriodEvents = events.filter((event) => {
    const day = swedishDate(new Date(event.startsAt as string));
    return day >= period.from && day <= period.to;
  });
  const signupPages = await Promise.all(
    inPeriodEvents.map((event) =>
      queryAllItems(
        {
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.signupsOfEvent(tenant, event.id as string) },
        },
        stats,
      ),
    ),
  );
  const signups = signupPages.flat();

  const needGender = [
    ...transitions.filter((step) => !step.gender).map((step) => step.participantId),
    ...signups.filter((signup) => signup.participantId).map((signup) => signup.participantId as string),
  ];
  const genders =
    needGender.length > 0 ? await gendersOf(tenant, needGender, stats) : new Map<string, Gender>();
  const genderOf = (participantId: string | undefined, stored?: unknown): Gender =>
    (stored as Gender | undefined) ??
    (participantId ? genders.get(participantId) : undefined) ??
    'unspecified';

  const ledger = (kind: FactKind) => facts.filter((fact) => fact.kind === kind);
  const eventById = new Map(inPeriodEvents.map((event) => [event.id as string, event]));
  const marks = ledger('retention_mark');
  const ended = await endDatesOf(tenant, marks, stats);

  return {
    transitions: transitions.map(
      (step): TransitionFact => ({
        participantId: step.participantId,
        gender: genderOf(step.participantId, step.gender),
        from: step.from,
        ...(step.fromDate ? { fromDate: step.fromDate } : {}),
        to: step.to,
        date: step.date,
      }),
    ),
    spells: [
      ...closed.map(
        (item): SpellFact => ({
          participantId: item.participantId as string,
          gender: item.gender as Gender,
          stage: item.stage as Stage,
          start: item.start as string,
          end: item.end as string,
        }),
      ),
      ...open.map(
        (item): SpellFact => ({
          participantId: item.id as string,
          gender: item.gender as Gender,
          stage: item.stage as Stage,
          start: item.stageSince as string,
        }),
      ),
    ],
    matches: [...ledger('match_started'), ...ledger('match_completed')].map(
      (fact): MatchFact => ({
        matchId: fact.id as string,
        employerId: fact.employerId as string,
        gender: genderOf(undefined, fact.gender),
        step: fact.kind === 'match_started' ? 'started' : 'completed',
        ...(fact.outcome ? { outcome: fact.outcome as MatchFact['outcome'] & string } : {}),
        date: fact.date as string,
      }),
    ),
    signups: signups
      .filter((signup) => !signup.companionOf)
      .map((signup) => {
        const event = eventById.get(signup.eventId as string);
        return {
          eventKind: (event?.kind as string) ?? 'other',
          eventDate: swedishDate(new Date(event?.startsAt as string)),
          gender: genderOf(signup.participantId as string | undefined),
          ...(signup.employerId ? { employerId: signup.employerId as string } : {}),
          attended: signup.status === 'attended',
          cancelled: signup.status === 'cancelled',
        };
      }),
    supportCalls: ledger('support_call').map((fact) => ({
      employerId: fact.employerId as string,
      gender: genderOf(undefined, fact.gender),
      date: fact.date as string,
    })),
    supportRequests: ledger('support_request').map((fact) => ({ date: fact.date as string })),
    followUps: ledger('follow_up_done').map((fact) => ({
      gender: genderOf(undefined, fact.gender),
      dueDate: fact.dueDate as string,
      doneDate: fact.date as string,
    })),
    hires: marks.map((mark) => {
      const endDate = ended.get(mark.employmentId as string);
      return {
        participantId: mark.participantId as string,
        gender: genderOf(undefined, mark.gender),
        hireDate: mark.startDate as string,
        ...(endDate ? { endDate } : {}),
      };
    }),
    placements: publishedInPeriod(placements, publications, period),
  };
}

/**
 * The placements published at some time in the period, each once: those published now
 * since a day up to the period's end, and the ended times of publication that overlap it
 * (pattern 64). A placement published before publication days were kept counts from the
 * day it was created.
 */
function publishedInPeriod(
  current: readonly Record<string, unknown>[],
  ended: readonly Record<string, unknown>[],
  period: Period,
): IndicatorFacts['placements'] {
  const employerOf = new Map<string, string>();
  for (const placement of current) {
    if (publishedSince(placement as Placement) <= period.to)
      employerOf.set(placement.id as string, placement.employerId as string);
  }
  for (const publication of ended) {
    if ((publication.start as string) <= period.to) {
      employerOf.set(publication.placementId as string, publication.employerId as string);
    }
  }
  return [...employerOf.values()].map((employerId) => ({ employerId, open: true }));
}

/** The end dates of the employments whose retention marks fall in the period (one BatchGet per 100). */
async function endDatesOf(
  tenant: string,
  marks: readonly Record<string, unknown>[],
  stats: ReadStats,
): Promise<Map<string, string>> {
  const ended = new Map<string, string>();
  const wanted = new Map(
    marks.map((mark) => [
      mark.employmentId as string,
      keys.employment(
        tenant,
        mark.participantId as string,
        mark.startDate as string,
        mark.employmentId as string,
      ),
    ]),
  );
  const all = [...wanted.values()];
  for (let i = 0; i < all.length; i += 100) {
    let request:
      | Record<string, { Keys: Record<string, unknown>[]; ProjectionExpression?: string }>
      | undefined = {
      [tableName()]: { Keys: all.slice(i, i + 100), ProjectionExpression: 'id, endDate' },
    };
    while (request && Object.keys(request).length > 0) {
      const result = await documents().send(
        new BatchGetCommand({ RequestItems: request, ReturnConsumedCapacity: 'TOTAL' }),
      );
      stats.requests += 1;
      stats.readUnits += (result.ConsumedCapacity ?? []).reduce(
        (sum, part) => sum + (part.CapacityUnits ?? 0),
        0,
      );
      for (const item of result.Responses?.[tableName()] ?? [])
        if (item.endDate) ended.set(item.id as string, item.endDate as string);
      request = result.UnprocessedKeys as typeof request;
    }
  }
  return ended;
}
