import { createHash } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { documents, tableName } from '#shared/db/client';
import { type Caller, call, outbox } from './harness.ts';

/** Invites a person to the employer and returns the token from the link in the mail they got. */
export async function invite(who: Caller, employerId: string, email: string, name = 'Inbjuden Person') {
  const invited = await call(who, 'POST', `/v1/employers/${employerId}/invitations`, {
    body: { name, email },
  });
  expect(invited.status, invited.text).toBe(201);
  const mail = outbox.list().find((sent) => sent.to === email);
  const token = mail?.text.match(/\/inbjudan\/(\S+)/)?.[1];
  expect(token, 'the invitation mail has a link').toBeDefined();
  return token as string;
}

/**
 * Moves an invitation's expiry into the past, as two weeks would. The test knows the
 * stored key's shape on purpose: nothing in the API can age an invitation on demand.
 */
export async function expireInvitation(token: string) {
  const [tenant, secret = ''] = token.split('.');
  const hash = createHash('sha256').update(secret).digest('base64url');
  await documents().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: { pk: `T#${tenant}#INVITATION#${hash}`, sk: 'INVITATION' },
      UpdateExpression: 'SET expiresAt = :past',
      ExpressionAttributeValues: { ':past': '2020-01-01T00:00:00.000Z' },
    }),
  );
}
