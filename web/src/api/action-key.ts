import { ApiError, problemCode } from './problem.ts';

// One Idempotency-Key per thing a person sets out to do (docs/api.md): the API answers a
// repeated key with the first answer, so a submit retried after a lost answer or a 5xx
// cannot create a second record. A fresh key per request would defeat that.

/** The key an unfinished action was sent with, and a digest of what it sent. */
export interface PendingAction {
  key: string;
  digest: string;
}

/** Where unfinished actions are kept between attempts (sessionStorage, so a reload keeps them). */
export interface PendingActions {
  read: (action: string) => PendingAction | undefined;
  write: (action: string, pending: PendingAction) => void;
  remove: (action: string) => void;
}

/**
 * Whether an answer ends the action. Any 2xx or 4xx does: the API has decided (and stored
 * the answer), so trying again is a new attempt, e.g. after a colleague verified the
 * company. No answer, a 5xx or "the first one is still running" leave it open: the record
 * may or may not exist, and only the same key can tell.
 */
export function endsAction(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status >= 500) return false;
  return problemCode(error) !== 'idempotency.in_progress';
}

// A digest rather than the body itself: bodies may hold personal data.
async function digestOf(request: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(request ?? null));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends one attempt of `action`. It reuses the key of the last unfinished attempt if the
 * request is the same, so a retry is recognised; a changed request or a finished action
 * gets a new key.
 */
export async function sendAction<T>(
  pending: PendingActions,
  action: string,
  request: unknown,
  send: (idempotencyKey: string) => Promise<T>,
): Promise<T> {
  const digest = await digestOf(request);
  const last = pending.read(action);
  const key = last?.digest === digest ? last.key : crypto.randomUUID();
  pending.write(action, { key, digest });
  try {
    const result = await send(key);
    pending.remove(action);
    return result;
  } catch (error) {
    if (endsAction(error)) pending.remove(action);
    throw error;
  }
}
