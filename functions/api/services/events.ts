import { createHash, randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import type { z } from 'zod';
import { getEvent, getLedger } from '#shared/db/repositories/events';
import {
  type CancelOutcome,
  cancelSignup,
  createSignup,
  mainSignups,
  signupIdByCancelLink,
} from '#shared/db/repositories/signups';
import { checkSignupWindow, personKeys } from '#shared/domain/event-signup';
import { type EventMailKind, eventLetter } from '#shared/messages/event-mail';
import type { Event, EventWithSeats, PublicEvent, SeatKind } from '#shared/schemas/event';
import { seatKinds } from '#shared/schemas/event';
import type {
  Signup,
  SignupLanguage,
  SignupNeeds,
  SignupReceipt,
  SignupSource,
} from '#shared/schemas/signup';
import type { AppDeps } from '../env.ts';
import { problem, storeProblem } from '../errors.ts';
import { problemFor } from '../refusal.ts';

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/** `<tenant>.<secret>` → where to look and the hash to look for. */
export function parseCancelToken(token: string): { tenant: string; tokenHash: string } {
  const [tenant = '', secret = ''] = token.split('.');
  return { tenant, tokenHash: hashOf(secret) };
}

export const cancelUrl = (webUrl: string, token: string) => `${webUrl}/avboka/${token}`;

/** An event of the tenant, or 404. */
export async function existingEvent(tenant: string, eventId: string): Promise<Event> {
  const event = await getEvent(tenant, eventId);
  if (!event) throw problem('event.not_found');
  return event;
}

export async function withSeats(tenant: string, event: Event): Promise<EventWithSeats> {
  const ledger = await getLedger(tenant, event.id);
  return {
    ...event,
    seatsTaken: ledger?.taken ?? { participant: 0, employer: 0 },
    waitlisted: ledger?.waiting ?? { participant: 0, employer: 0 },
  };
}

/** What anyone may see: no names, no counts, only whether a seat of each kind is free now. */
export async function publicView(tenant: string, event: Event): Promise<PublicEvent> {
  // A draft is nobody's business but its coach's.
  if (event.status === 'draft') throw problem('event.not_found');
  const ledger = await getLedger(tenant, event.id);
  const kinds = seatKinds.filter((kind) => (event.seats[kind] ?? 0) > 0);
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    description: event.description,
    sessions: event.sessions,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: event.place,
    signupDeadline: event.signupDeadline,
    status: event.status,
    seatKinds: kinds.map((kind) => ({
      kind,
      seatsLeft: (ledger?.waiting[kind] ?? 0) === 0 && (ledger?.taken[kind] ?? 0) < (event.seats[kind] ?? 0),
    })),
  };
}

export interface SignupRequest {
  source: SignupSource;
  kind: SeatKind;
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  organisation?: string | undefined;
  participantId?: string | undefined;
  employerId?: string | undefined;
  needs: SignupNeeds;
  companions: { name: string }[];
  language: z.infer<typeof SignupLanguage>;
  createdBy: string;
}

/**
 * Signs a person up: the event must take sign-ups of this kind now (a walk-in
 * only needs the event), the ledger decides confirmed or waitlisted, and a
 * person with an address gets the confirmation with the event's `.ics` and a
 * cancel link (its secret is only hashed in the table).
 */
export async function signUp(
  deps: AppDeps,
  webUrl: string,
  event: Event,
  request: SignupRequest,
  now = new Date(),
): Promise<SignupReceipt & { signup: Signup }> {
  const walkIn = request.source === 'walk_in';
  if (!walkIn) {
    const refusal = checkSignupWindow(event, request.kind, now);
    if (refusal) throw problemFor(refusal);
  }
  const secret = randomBytes(32).toString('base64url');
  const token = `${event.tenant}.${secret}`;
  const { companions: companionNames, ...person } = request;
  const created = await createSignup(event.tenant, {
    event,
    signup: {
      ...person,
      id: ulid(),
      tenant: event.tenant,
      eventId: event.id,
      eventStartsAt: event.startsAt,
      eventTitle: event.title,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    },
    companionNames: companionNames.map((companion) => companion.name),
    guards: personKeys(request),
    ...(walkIn ? {} : { tokenHash: hashOf(secret) }),
    walkIn,
    companionId: ulid,
    now,
  }).catch((error) => Promise.reject(storeProblem(error)));
  const { signup } = created;
  if (signup.status === 'confirmed' || signup.status === 'waitlisted') {
    await mailAbout(deps, event, signup, signup.status, cancelUrl(webUrl, token));
  }
  return {
    signup,
    id: signup.id,
    status: signup.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
    kind: signup.kind,
    ...(signup.position ? { position: signup.position } : {}),
    companions: signup.companions,
    cancelToken: walkIn ? '' : token,
  };
}

/** Mails the person about their sign-up, with the event as `.ics`; nobody to write to, nothing sent. */
export async function mailAbout(
  deps: Pick<AppDeps, 'mailer'>,
  event: Event,
  signup: Signup,
  kind: EventMailKind,
  link?: string,
): Promise<boolean> {
  if (!signup.email) return false;
  const { attachments, ...letter } = await eventLetter({
    kind,
    event,
    signup,
    ...(link ? { cancelUrl: link } : {}),
  });
  await deps.mailer.send({ to: signup.email, ...letter, ...(attachments.length ? { attachments } : {}) });
  return true;
}

/** Cancels a sign-up and tells the person, and each one promoted from the waitlist, by mail. */
export async function cancel(
  deps: AppDeps,
  tenant: string,
  signupId: string,
  now = new Date(),
): Promise<CancelOutcome> {
  const outcome = await cancelSignup(tenant, signupId, now);
  if (outcome.outcome !== 'cancelled') return outcome;
  const event = await getEvent(tenant, outcome.signup.eventId);
  if (event) {
    await mailAbout(deps, event, outcome.signup, 'cancelled');
    for (const promoted of outcome.promoted) await mailAbout(deps, event, promoted, 'promoted');
  }
  return outcome;
}

/**
 * Tells everyone still signed up (confirmed or waiting) that the event is called off.
 * Called once, by the change that cancelled it: a repeated PATCH changes nothing and mails nobody.
 */
export async function announceCancellation(deps: AppDeps, event: Event): Promise<number> {
  const signups = await mainSignups(event.tenant, event.id, ['confirmed', 'waitlisted']);
  const sent = await Promise.all(signups.map((signup) => mailAbout(deps, event, signup, 'event_cancelled')));
  return sent.filter(Boolean).length;
}

/** The sign-up a cancel link names, or 404 (a wrong or partial token says nothing more). */
export async function signupIdByToken(token: string): Promise<{ tenant: string; signupId: string }> {
  const { tenant, tokenHash } = parseCancelToken(token);
  const signupId = await signupIdByCancelLink(tenant, tokenHash);
  if (!signupId) throw problem('signup.not_found');
  return { tenant, signupId };
}
