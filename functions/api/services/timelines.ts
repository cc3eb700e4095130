import { queryAll } from '#shared/db/page';
import { listEmployerEmployments, listEmployments } from '#shared/db/repositories/employments';
import { listMatches } from '#shared/db/repositories/matches';
import { listTransitions } from '#shared/db/repositories/participants';
import { listPlacements } from '#shared/db/repositories/placements';
import { listEmployerSignups } from '#shared/db/repositories/signups';
import { allSupportCalls } from '#shared/db/repositories/support-calls';
import { allEmployerSupportRequests } from '#shared/db/repositories/support-requests';
import { swedishMoment } from '#shared/domain/calendar';
import type { Employment } from '#shared/schemas/employment';
import type { Match } from '#shared/schemas/match';
import type { SupportCall } from '#shared/schemas/support-call';
import type { TimelineEntry } from '#shared/schemas/timeline';

// Timelines merge several small partitions (an employer's or a participant's own
// records), newest first; a page starts after the position its cursor names.

const matchEntries = (matches: Match[]): TimelineEntry[] =>
  matches.flatMap((match) =>
    match.history.map((event) => ({
      at: event.at,
      kind: 'match' as const,
      id: match.id,
      status: event.status,
      title: match.placementTitle,
    })),
  );

const callEntries = (calls: SupportCall[]): TimelineEntry[] =>
  calls.map((call) => ({
    at: call.at,
    kind: 'support_call',
    id: call.id,
    status: call.kind,
    topics: call.topics,
  }));

const employmentEntries = (employments: Employment[], today: string): TimelineEntry[] =>
  employments.flatMap((employment) => [
    {
      at: employment.startDate,
      kind: 'hire' as const,
      id: employment.id,
      status: employment.kind,
      title: employment.employerName,
    },
    ...(employment.endDate
      ? [
          {
            at: employment.endDate,
            kind: 'employment_ended' as const,
            id: employment.id,
            title: employment.employerName,
          },
        ]
      : []),
    ...(employment.supportPeriod.endDate <= today || employment.supportPeriod.endedEarly
      ? []
      : [
          {
            at: employment.supportPeriod.endDate,
            kind: 'support_period_end' as const,
            id: employment.id,
            status: employment.supportPeriod.renewed ? 'renewed' : 'running',
            title: employment.employerName,
          },
        ]),
  ]);

export async function employerTimeline(tenant: string, employerId: string, today: string) {
  const [placements, matches, calls, requests, employments, signups] = await Promise.all([
    queryAll((page) => listPlacements(tenant, { employerId }, page)),
    queryAll((page) => listMatches(tenant, { employerId }, {}, page)),
    allSupportCalls(tenant, { employerId }),
    allEmployerSupportRequests(tenant, employerId),
    listEmployerEmployments(tenant, employerId),
    queryAll((page) => listEmployerSignups(tenant, employerId, page)),
  ]);
  return [
    ...placements.map((placement) => ({
      at: placement.createdAt,
      kind: 'placement' as const,
      id: placement.id,
      status: placement.status,
      title: placement.title,
    })),
    ...matchEntries(matches),
    ...callEntries(calls),
    ...requests.map((request) => ({
      at: request.createdAt,
      kind: 'support_request' as const,
      id: request.id,
      status: request.status,
      topics: [request.topic],
    })),
    ...employmentEntries(employments, today),
    // The events its people came to (checked in), once per event and its day.
    ...signups
      .filter((signup) => signup.status === 'attended')
      .map((signup) => ({
        at: signup.eventStartsAt,
        kind: 'event_attended' as const,
        id: signup.eventId,
        title: signup.eventTitle,
      }))
      .filter((entry, index, all) => all.findIndex((other) => other.id === entry.id) === index),
  ];
}

export async function participantTimeline(tenant: string, participantId: string, today: string) {
  const [transitions, matches, calls, employments] = await Promise.all([
    listTransitions(tenant, participantId),
    queryAll((page) => listMatches(tenant, { participantId }, {}, page)),
    allSupportCalls(tenant, { participantId }),
    listEmployments(tenant, participantId),
  ]);
  return [
    ...transitions.map((transition) => ({
      at: transition.date,
      kind: 'stage' as const,
      id: transition.id,
      status: transition.to,
    })),
    ...matchEntries(matches),
    ...callEntries(calls),
    ...employmentEntries(employments, today),
  ];
}

// Dates and instants are compared as Swedish time, the day a coach sees.
const position = (entry: TimelineEntry) =>
  `${swedishMoment(entry.at)}#${entry.kind}#${entry.id}#${entry.status ?? ''}`;

/** Newest first; the page after `after` (a position), and the position to go on from. */
export function timelinePage(entries: TimelineEntry[], limit: number, after?: string) {
  const sorted = entries.sort((a, b) => position(b).localeCompare(position(a)));
  const start = after === undefined ? 0 : sorted.findIndex((entry) => position(entry) < after);
  const items = start < 0 ? [] : sorted.slice(start, start + limit);
  const more = start >= 0 && start + limit < sorted.length;
  return { items, ...(more ? { lastKey: { after: position(items.at(-1)!) } } : {}) };
}
