import { createHash } from 'node:crypto';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { swedishDate } from '../../domain/calendar.ts';
import {
  deIdentifiedSupportCall,
  deIdentifiedSupportRequest,
  erasedParticipant,
  pseudonymisedAudit,
  pseudonymisedEmployment,
  pseudonymisedProvision,
  pseudonymisedSignup,
  pseudonymisedTransition,
} from '../../domain/erasure.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import type { Participant } from '../../schemas/participant.ts';
import type { ErasureReason } from '../../schemas/participant-rights.ts';
import type { Gender, Stage } from '../../schemas/vocabulary.ts';
import { tableName } from '../client.ts';
import { failedConditions } from '../errors.ts';
import { keys } from '../keys.ts';
import { itemOf } from '../model.ts';
import { queryAll, queryPage, stripKeys } from '../page.ts';
import { transact } from '../transact.ts';
import { auditItem } from './audit.ts';
import { employmentModel } from './employments.ts';
import { closedSpellItems } from './indicators.ts';
import { getItem, type Item, participantData } from './participant-data.ts';
import { transitionModel } from './participants.ts';
import { provisionModel } from './provisions.ts';
import { signupItem } from './signups.ts';
import { supportCallModel } from './support-calls.ts';
import { supportRequestModel } from './support-requests.ts';

// Erasure (GDPR art. 17) in steps that each commit whole. Step 1 writes the erasure
// marker and deletes the profile in one transaction: from then on every read answers
// `participant.erased`, and the lists no longer show the person. The following steps
// rewrite what still names the id, a group of related items per transaction (≤ 100
// items), so a crash leaves nothing half-rewritten; running the erasure again finds
// only what is left and finishes it. The last step closes the marker and drops the id.

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const maxItemsPerTransaction = 100;

export type ErasureState = 'erasing' | 'done';

/** The marker, under a hash of the id; it holds the id and pseudonym only while erasing. */
export interface ErasureMarker {
  state: ErasureState;
  reason: ErasureReason;
  requestedAt: string;
  requestedBy: string;
  participantId?: string;
  pseudonym?: string;
  gender?: Gender;
  doneAt?: string;
}

const idHash = (tenant: string, participantId: string) =>
  createHash('sha256').update(`${tenant}#${participantId}`).digest('base64url');

const markerKey = (tenant: string, participantId: string) =>
  keys.erasure(tenant, idHash(tenant, participantId));

export async function getErasure(tenant: string, participantId: string): Promise<ErasureMarker | undefined> {
  return (await getItem(markerKey(tenant, participantId))) as ErasureMarker | undefined;
}

const put = (Item: Item): TransactItem => ({ Put: { TableName: tableName(), Item } });
const del = (item: Item): TransactItem => ({
  Delete: { TableName: tableName(), Key: { pk: item.pk, sk: item.sk } },
});
/** An item that moves to a key of the pseudonym: the old one goes in the same transaction. */
const move = (old: Item, next: Item): TransactItem[] =>
  old.pk === next.pk && old.sk === next.sk ? [put(next)] : [del(old), put(next)];

/** Step 1: the marker, the profile gone, and the de-identified row the reports read by pseudonym. */
function firstStepItems(
  participant: Participant & Item,
  marker: ErasureMarker & { pseudonym: string },
  today: string,
): TransactItem[] {
  const pseudonym = marker.pseudonym;
  const tenant = participant.tenant;
  // An open prework spell is counted from the profile; it is closed today under the pseudonym instead.
  const spell = closedSpellItems(
    {
      tenant,
      id: pseudonym,
      gender: participant.gender,
      stage: participant.stage as Stage,
      stageSince: participant.stageSince,
    },
    today,
    ulid(),
  );
  return [
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...markerKey(tenant, participant.id),
          gsi1pk: keys.erasuresInProgress(tenant),
          gsi1sk: participant.id,
          entity: 'participantErasure',
          ...marker,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Delete: {
        TableName: tableName(),
        Key: keys.participant(tenant, participant.id),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    put({
      ...keys.participant(tenant, pseudonym),
      entity: 'erasedParticipant',
      ...erasedParticipant(participant, pseudonym, today),
    }),
    ...spell,
  ];
}

/** The later steps: one group of related items each, rewritten or deleted together. */
async function remainingGroups(tenant: string, participantId: string, pseudonym: string, gender: Gender) {
  const data = await participantData(tenant, participantId);
  const groups: TransactItem[][] = [];
  for (const { transition, spells } of data.transitions) {
    const next = pseudonymisedTransition(stripKeys(transition), pseudonym, gender);
    groups.push([
      ...move(transition, itemOf(transitionModel, next)),
      ...spells.flatMap((spell) => {
        const { pk, sk: _sk, ...rest } = spell;
        const parts = String(spell.sk).split('#');
        const sk = `${parts[0]}#${pseudonym}#${parts.slice(2).join('#')}`;
        return move(spell, { ...rest, pk, sk, participantId: pseudonym });
      }),
    ]);
  }
  for (const { employment, marks } of data.employments) {
    groups.push([
      ...move(employment, itemOf(employmentModel, pseudonymisedEmployment(stripKeys(employment), pseudonym))),
      ...marks.map((mark) => put({ ...mark, participantId: pseudonym })),
    ]);
  }
  for (const provision of data.provisions) {
    groups.push(
      move(provision, itemOf(provisionModel, pseudonymisedProvision(stripKeys(provision), pseudonym))),
    );
  }
  for (const interest of data.interests) groups.push([del(interest)]);
  for (const { match, guard } of data.matches) groups.push([del(match), ...(guard ? [del(guard)] : [])]);
  for (const { call, request } of data.supportCalls) {
    groups.push([
      put(itemOf(supportCallModel, deIdentifiedSupportCall(stripKeys(call)))),
      ...(request ? [put(itemOf(supportRequestModel, deIdentifiedSupportRequest(stripKeys(request))))] : []),
    ]);
  }
  for (const { signup, companions, guards } of data.signups) {
    groups.push([
      put(signupItem(pseudonymisedSignup(stripKeys(signup), pseudonym))),
      ...companions.map((companion) => put(signupItem(pseudonymisedSignup(stripKeys(companion), pseudonym)))),
      ...guards.map(del),
    ]);
  }
  for (const entry of data.audit) {
    const next = pseudonymisedAudit(stripKeys<AuditEntry>(entry), pseudonym);
    groups.push(
      move(entry, { ...keys.auditEntry(tenant, pseudonym, next.at, next.id), entity: 'audit', ...next }),
    );
  }
  for (const reply of data.idempotency) groups.push([del(reply)]);
  return groups;
}

/** Packs whole groups into transactions of at most 100 items. */
function transactions(groups: TransactItem[][]): TransactItem[][] {
  const packed: TransactItem[][] = [];
  let current: TransactItem[] = [];
  for (const group of groups) {
    if (current.length + group.length > maxItemsPerTransaction && current.length > 0) {
      packed.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) packed.push(current);
  return packed;
}

/** The ids of erasures a crash left unfinished (one small index partition). */
export function erasuresInProgress(tenant: string): Promise<string[]> {
  return queryAll((page) =>
    queryPage('gsi1', keys.erasuresInProgress(tenant), page, (item) => item.participantId as string),
  );
}

export type ErasureOutcome = 'erased' | 'not_found' | 'already_erased';

export interface ErasureOptions {
  now?: Date;
  /** Runs after step 1 commits (tests interrupt an erasure here). */
  afterFirstStep?: () => Promise<void> | void;
}

/**
 * Erases a participant, or finishes an erasure a crash interrupted. Idempotent: a
 * finished erasure answers `already_erased` and writes nothing.
 */
export async function eraseParticipant(
  tenant: string,
  participantId: string,
  request: { reason: ErasureReason; actorId: string; actorRole: AuditEntry['actorRole'] },
  options: ErasureOptions = {},
): Promise<ErasureOutcome> {
  const now = options.now ?? new Date();
  const today = swedishDate(now);
  let marker = await getErasure(tenant, participantId);
  if (marker?.state === 'done') return 'already_erased';
  if (!marker) {
    const participant = (await getItem(keys.participant(tenant, participantId))) as
      | (Participant & Item)
      | undefined;
    if (!participant) return 'not_found';
    const started: ErasureMarker & { pseudonym: string } = {
      state: 'erasing',
      reason: request.reason,
      requestedAt: now.toISOString(),
      requestedBy: request.actorId,
      participantId,
      pseudonym: ulid(),
      gender: participant.gender,
    };
    try {
      await transact({ TransactItems: firstStepItems(participant, started, today) });
    } catch (error) {
      // Another erasure of the same person got there first: finish theirs.
      if (!failedConditions(error)?.length) throw error;
      return eraseParticipant(tenant, participantId, request, options);
    }
    marker = started;
    await options.afterFirstStep?.();
  }
  const pseudonym = marker.pseudonym as string;
  for (const items of transactions(
    await remainingGroups(tenant, participantId, pseudonym, marker.gender ?? 'unspecified'),
  )) {
    await transact({ TransactItems: items });
  }
  await finish(tenant, participantId, marker, pseudonym, request, now);
  return 'erased';
}

/** The last step: the erasure's own audit entry (under the pseudonym) and the marker without the id. */
async function finish(
  tenant: string,
  participantId: string,
  marker: ErasureMarker,
  pseudonym: string,
  request: { actorId: string; actorRole: AuditEntry['actorRole'] },
  now: Date,
) {
  const closed: ErasureMarker = {
    state: 'done',
    reason: marker.reason,
    requestedAt: marker.requestedAt,
    requestedBy: marker.requestedBy,
    doneAt: now.toISOString(),
  };
  try {
    await transact({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: { ...markerKey(tenant, participantId), entity: 'participantErasure', ...closed },
            ConditionExpression: '#state = :erasing',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':erasing': 'erasing' },
          },
        },
        put(
          auditItem(
            tenant,
            {
              subjectId: pseudonym,
              action: 'participant.erased',
              actorId: request.actorId,
              actorRole: request.actorRole,
              detail: marker.reason,
            },
            now,
          ),
        ),
      ],
    });
  } catch (error) {
    // Finished by a concurrent run: nothing left to do.
    if (!failedConditions(error)?.length) throw error;
  }
}
