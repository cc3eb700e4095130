import { api, devApi } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import { rememberReturnTo } from '../auth/session.ts';

/** Where a new employer user starts: the proposals the coach is waiting for an answer to. */
export const afterJoining = '/company/proposals';

/** What the invitation is to, or why it cannot be used (404, 409 used, 410 expired). */
export const previewInvitation = (token: string) =>
  readBody(api.v1.invitations[':token'].$get({ param: { token } }));

/** The token in the mailed link is the proof; no sign-in is needed to accept it. */
export const acceptInvitation = (token: string) =>
  readBody(api.v1.invitations[':token'].accept.$post({ param: { token } }));

export type Accepted = Awaited<ReturnType<typeof acceptInvitation>>;

/**
 * Locally there is no password: the dev issuer signs a token for the account the
 * invitation made, as the demo sign-in does. False if the app cannot use the token.
 */
export async function signInLocally(userId: string, signIn: (token: string) => boolean): Promise<boolean> {
  const { token } = await readBody(devApi.token.$post({ json: { userId } }));
  rememberReturnTo(afterJoining);
  return signIn(token);
}
