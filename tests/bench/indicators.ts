import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { documents, tableName } from '#shared/db/client';
import { itemOf } from '#shared/db/model';
import { changedEmploymentItem, newEmploymentItem } from '#shared/db/repositories/employments';
import { eventItem } from '#shared/db/repositories/events';
import {
  factItem,
  newReadStats,
  readIndicatorFacts,
  retentionMarkItems,
} from '#shared/db/repositories/indicators';
import { participantModel, stageChangeItems, transitionItem } from '#shared/db/repositories/participants';
import { placementModel } from '#shared/db/repositories/placements';
import { signupModel } from '#shared/db/repositories/signups';
import { getTenant } from '#shared/db/repositories/tenants';
import { addDays } from '#shared/domain/calendar';
import { endEmployment, hire } from '#shared/domain/employment';
import { computeIndicators } from '#shared/domain/indicators/compute';
import { suppressSmall } from '#shared/domain/indicators/suppress';
import { addMonths } from '#shared/domain/support-after-hire';
import { defaultSupportAfterHire } from '#shared/domain/tenant-settings';
import type { Employment } from '#shared/schemas/employment';
import type { Event } from '#shared/schemas/event';
import type { Participant } from '#shared/schemas/participant';
import type { Placement } from '#shared/schemas/placement';
import type { Gender, Stage } from '#shared/schemas/vocabulary';
import { seededRandom } from './data.ts';

// (c) A one-month indicator report for a tenant with 5,000 participants and five years
// of history, against DynamoDB Local. The history is written as the app writes it (the
// same item builders: participants, transitions with their spells, employments with
// their retention marks, the month ledger's facts, events with sign-ups, placements),
// with BatchWriteItem, and the report is then read as GET /v1/reports/indicators reads
// it: the tenant, then the period's partitions. Printed: time, DynamoDB requests and read
// units (ReturnConsumedCapacity; DynamoDB Local reports them as DynamoDB would).

const tenant = 'bench-indicators';
const participants = 5_000;
const firstDay = '2022-01-01';
const lastDay = '2026-12-31';

type Item = Record<string, unknown>;
type Put = { Put: { Item: Item } };

const nextStages: Partial<Record<Stage, Stage[]>> = {
  group_activity: ['individual_placement', 'individual_placement', 'exited'],
  individual_placement: ['prework', 'prework', 'group_activity'],
  prework: ['learning_placement', 'learning_placement', 'exited', 'reinforced_cooperation'],
  learning_placement: ['employed', 'employed', 'studies', 'reinforced_cooperation', 'prework'],
  reinforced_cooperation: ['employed', 'exited'],
  employed: ['exited', 'individual_placement'],
  studies: ['exited'],
};

function history(): Item[] {
  const random = seededRandom(13);
  const day = (from: string, low: number, high: number) =>
    addDays(from, low + Math.floor(random() * (high - low)));
  const genders: Gender[] = ['woman', 'man', 'woman', 'man', 'other', 'unspecified'];
  const items: Item[] = [];
  const put = (entries: readonly unknown[]) => {
    for (const entry of entries) items.push((entry as Put).Put.Item);
  };
  for (let index = 0; index < participants; index++) {
    const start = day(firstDay, 0, 1_600);
    const stage: Stage = random() < 0.5 ? 'group_activity' : 'prework';
    const at = new Date(`${start}T09:00:00Z`).toISOString();
    let participant: Participant = {
      id: ulid(),
      tenant,
      firstName: 'Bench',
      lastName: `Person ${index}`,
      gender: genders[index % genders.length] as Gender,
      birthYear: 1970 + (index % 30),
      coachId: `coach-${index % 20}`,
      interests: ['retail'],
      preferredTasks: [],
      supportLevel: 1 + (index % 4),
      environmentNeeds: [],
      capabilities: [],
      maxTravelMinutes: 45,
      consent: { sharedSummary: false },
      stage,
      stageSince: start,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const entry = transitionItem({
      id: ulid(),
      tenant,
      participantId: participant.id,
      from: null,
      to: stage,
      date: start,
      gender: participant.gender,
      createdBy: 'bench',
      createdAt: at,
    });
    items.push(entry);
    let employment: Employment | undefined;
    let date = start;
    for (;;) {
      const options = nextStages[participant.stage];
      if (!options) break;
      date = day(date, 30, 420);
      if (date > lastDay) break;
      const to = options[Math.floor(random() * options.length)] as Stage;
      const now = new Date(`${date}T09:00:00Z`);
      const change = stageChangeItems(participant, { to, date, actorId: 'bench' }, now);
      put(change.items);
      if (employment) {
        put([changedEmploymentItem(endEmployment(employment, date, now.toISOString()), employment.version)]);
        employment = undefined;
      }
      if (to === 'employed') {
        employment = hire(
          {
            id: ulid(),
            tenant,
            participantId: participant.id,
            coachId: participant.coachId,
            employerId: `employer-${index % 400}`,
            employerName: 'Bench AB',
            kind: 'wage_subsidy',
            startDate: date,
            actorId: 'bench',
            at: now.toISOString(),
          },
          defaultSupportAfterHire,
        );
        put([newEmploymentItem(employment), ...retentionMarkItems(employment, participant.gender)]);
      }
      // About one support call and one match step per step on the pathway.
      put([
        factItem(tenant, {
          kind: 'support_call',
          id: ulid(),
          date: day(date, 1, 60),
          employerId: `employer-${index % 400}`,
          gender: participant.gender,
        }),
        factItem(tenant, {
          kind: random() < 0.5 ? 'match_started' : 'match_completed',
          id: ulid(),
          date,
          employerId: `employer-${(index * 7) % 400}`,
          outcome: 'employed',
          gender: participant.gender,
        }),
      ]);
      participant = change.participant;
    }
    items.push(itemOf(participantModel, participant));
  }
  // Four events a month, each with fifteen sign-ups.
  for (
    let month = firstDay.slice(0, 7);
    month <= lastDay.slice(0, 7);
    month = addMonths(`${month}-01`, 1).slice(0, 7)
  ) {
    for (let n = 0; n < 4; n++) {
      const startsAt = `${month}-${String(5 + n * 6).padStart(2, '0')}T09:00:00.000Z`;
      const event = {
        id: ulid(),
        tenant,
        kind: n % 2 ? 'forum' : 'kompetenspass',
        title: 'Bench',
        description: 'Bench',
        sessions: [{ startsAt, endsAt: startsAt.replace('T09', 'T11') }],
        status: 'held',
        startsAt,
        endsAt: startsAt.replace('T09', 'T11'),
        createdBy: 'bench',
        createdAt: startsAt,
        updatedAt: startsAt,
        version: 1,
      } as unknown as Event;
      items.push(eventItem(event));
      for (let s = 0; s < 15; s++) {
        items.push(
          itemOf(signupModel, {
            id: ulid(),
            tenant,
            eventId: event.id,
            kind: 'participant',
            name: 'Bench',
            status: s % 4 ? 'attended' : 'no_show',
            seq: s + 1,
            eventStartsAt: startsAt,
            version: 1,
          } as never),
        );
      }
    }
  }
  for (let p = 0; p < 300; p++) {
    items.push(
      itemOf(placementModel, {
        id: ulid(),
        tenant,
        employerId: `employer-${p}`,
        sector: 'retail',
        status: p % 5 ? 'open' : 'full',
        createdAt: '2024-01-01T00:00:00.000Z',
      } as unknown as Placement),
    );
  }
  return items;
}

async function writeAll(written: readonly Item[]) {
  // An employment is put when it starts and again when it ends: the last write stands.
  const items = [...new Map(written.map((item) => [`${item.pk}|${item.sk}`, item])).values()];
  const batches: Item[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25) as Item[]);
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++] as Item[];
      let request: Record<string, { PutRequest: { Item: Item } }[]> | undefined = {
        [tableName()]: batch.map((item) => ({ PutRequest: { Item: item } })),
      };
      while (request && Object.keys(request).length > 0) {
        const result = await documents().send(new BatchWriteCommand({ RequestItems: request }));
        request = result.UnprocessedItems as typeof request;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { batches: batches.length, items: items.length };
}

async function report(period: { from: string; to: string }) {
  const stats = newReadStats();
  const started = performance.now();
  const [settings, facts] = await Promise.all([getTenant(tenant), readIndicatorFacts(tenant, period, stats)]);
  stats.requests += 1; // the tenant's GetItem
  stats.readUnits += 0.5;
  const result = suppressSmall(computeIndicators(period, facts), settings?.smallCountThreshold ?? 5);
  return { elapsed: performance.now() - started, stats, result, facts };
}

export interface IndicatorFigures {
  items: number;
  firstMs: number;
  medianMs: number;
  requests: number;
  readUnits: number;
}

/** Runs against the DynamoDB the caller started (DYNAMODB_ENDPOINT and TABLE_NAME set). */
export async function indicatorBench(): Promise<IndicatorFigures> {
  const items = history();
  await writeAll(items);
  const period = { from: '2026-06-01', to: '2026-06-30' };
  const runs = [];
  for (let run = 0; run < 6; run++) runs.push(await report(period));
  const [first, ...rest] = runs;
  const times = rest.map((run) => run.elapsed).sort((a, b) => a - b);
  return {
    items: items.length,
    firstMs: first!.elapsed,
    medianMs: times[Math.floor(times.length / 2)]!,
    requests: first!.stats.requests,
    readUnits: first!.stats.readUnits,
  };
}
