import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  call,
  caller,
  callerAsIs,
  employerBody,
  newTenant,
  outbox,
  participantBody,
  placementBody,
} from './support/harness.ts';
import { expireInvitation, invite } from './support/invitations.ts';
import { snapshotTenants } from './support/table-snapshot.ts';

const tenant = newTenant();
let coach: Caller;
let employerId: string;

beforeAll(async () => {
  coach = await caller(tenant, 'coach');
  employerId = (await call(coach, 'POST', '/v1/employers', { body: employerBody({ name: 'Lagret AB' }) }))
    .json.id;
});

/** The invited person, signed in with the account the invitation gave them. */
const signedInAs = (userId: string) => callerAsIs(tenant, 'employer', { userId });

const users = async (who: Caller, id = employerId) =>
  ((await call(who, 'GET', `/v1/employers/${id}/users`)).json.items as { userId: string; via: string }[]) ??
  [];

describe('inviting an employer’s contact person', () => {
  it('mails a link; accepting it makes an account that acts for the employer and can answer a proposal', async () => {
    const email = `lena-${ulid()}@lagret.example`;
    const token = await invite(coach, employerId, email, 'Lena Lager');
    const mail = outbox.list().find((sent) => sent.to === email)!;
    expect(mail.subject).toMatch(/Lagret AB/);
    expect(mail.text).toContain(`https://bryggan.test/inbjudan/${token}`);

    const accepted = await call(undefined, 'POST', `/v1/invitations/${token}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ employerId, email, newUser: true, employerName: 'Lagret AB' });
    const lena = await signedInAs(accepted.json.userId);
    expect((await call(lena, 'GET', `/v1/employers/${employerId}`)).status).toBe(200);
    expect(await users(coach)).toEqual([expect.objectContaining({ userId: lena.userId, via: 'invitation' })]);

    // The coach-registered company had no user, so no proposal could be answered: now one can.
    const placement = await call(coach, 'POST', `/v1/employers/${employerId}/placements`, {
      body: placementBody({ status: 'open' }),
    });
    const person = await call(coach, 'POST', '/v1/participants', { body: participantBody() });
    const proposal = await call(coach, 'POST', '/v1/matches', {
      body: { participantId: person.json.id, placementId: placement.json.id, consentToShare: false },
    });
    const answer = await call(lena, 'PATCH', `/v1/matches/${proposal.json.id}`, {
      body: { status: 'accepted' },
      headers: { 'if-match': `"v${proposal.json.version}"` },
    });
    expect(answer.status).toBe(200);
    expect(answer.json.status).toBe('accepted');
  });

  it('stores only a hash of the token, never the link', async () => {
    const token = await invite(coach, employerId, `hash-${ulid()}@lagret.example`);
    const secret = token.split('.')[1]!;
    const items = [...(await snapshotTenants(tenant)).get(tenant)!.values()];
    expect(JSON.stringify(items)).not.toContain(secret);
  });

  it('refuses an expired, a used and a wrong token, and links nobody', async () => {
    const before = await users(coach);
    const expired = await invite(coach, employerId, `late-${ulid()}@lagret.example`);
    await expireInvitation(expired);
    expect((await call(undefined, 'POST', `/v1/invitations/${expired}/accept`)).status).toBe(410);

    const [, secret] = (await invite(coach, employerId, `typo-${ulid()}@lagret.example`)).split('.');
    const wrong = `${tenant}.${secret!.slice(0, -1)}${secret!.endsWith('A') ? 'B' : 'A'}`;
    expect((await call(undefined, 'POST', `/v1/invitations/${wrong}/accept`)).status).toBe(404);
    expect((await call(undefined, 'POST', `/v1/invitations/${tenant}.short/accept`)).status).toBe(400);
    expect(await users(coach)).toEqual(before);

    const used = await invite(coach, employerId, `twice-${ulid()}@lagret.example`);
    expect((await call(undefined, 'POST', `/v1/invitations/${used}/accept`)).status).toBe(200);
    expect((await call(undefined, 'POST', `/v1/invitations/${used}/accept`)).status).toBe(409);
    expect(await users(coach)).toHaveLength(before.length + 1);
  });

  it('says what an invitation is to before anyone joins, changing nothing, and refuses the same tokens accepting does', async () => {
    const before = await users(coach);
    const token = await invite(coach, employerId, `preview-${ulid()}@lagret.example`, 'Pia Förhand');
    const preview = await call(undefined, 'GET', `/v1/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.json).toEqual({
      employerName: 'Lagret AB',
      name: 'Pia Förhand',
      expiresAt: expect.any(String),
    });
    // Looking is not joining: nobody is linked, and the invitation can still be accepted once.
    expect(await users(coach)).toEqual(before);
    expect((await call(undefined, 'POST', `/v1/invitations/${token}/accept`)).status).toBe(200);
    expect((await call(undefined, 'GET', `/v1/invitations/${token}`)).status).toBe(409);

    const expired = await invite(coach, employerId, `preview-late-${ulid()}@lagret.example`);
    await expireInvitation(expired);
    expect((await call(undefined, 'GET', `/v1/invitations/${expired}`)).status).toBe(410);
    const [, secret] = expired.split('.');
    const wrong = `${tenant}.${secret!.slice(0, -1)}${secret!.endsWith('A') ? 'B' : 'A'}`;
    expect((await call(undefined, 'GET', `/v1/invitations/${wrong}`)).status).toBe(404);
    expect((await call(undefined, 'GET', `/v1/invitations/${tenant}.short`)).status).toBe(400);
  });

  it('lets exactly one of ten racing acceptances of one invitation through', async () => {
    const token = await invite(coach, employerId, `race-${ulid()}@lagret.example`);
    const before = (await users(coach)).length;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => call(undefined, 'POST', `/v1/invitations/${token}/accept`)),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(9);
    expect(await users(coach)).toHaveLength(before + 1);
  });
});

describe('an employer’s own users', () => {
  let owner: Caller;
  let ownId: string;

  beforeAll(async () => {
    owner = await caller(tenant, 'employer');
    ownId = (await call(owner, 'POST', '/v1/employers', { body: employerBody({ name: 'Eget AB' }) })).json.id;
  });

  it('are listed with the one who registered the company first', async () => {
    expect(await users(owner, ownId)).toEqual([
      expect.objectContaining({ userId: owner.userId, via: 'registration' }),
    ]);
  });

  it('invite a colleague into their own company, never into another (404)', async () => {
    const foreign = await call(owner, 'POST', `/v1/employers/${employerId}/invitations`, {
      body: { name: 'Smyg', email: `smyg-${ulid()}@test.example` },
    });
    expect(foreign.status).toBe(404);
    expect(outbox.list().some((mail) => mail.to.startsWith('smyg-'))).toBe(false);

    const token = await invite(owner, ownId, `kollega-${ulid()}@eget.example`);
    const colleague = (await call(undefined, 'POST', `/v1/invitations/${token}/accept`)).json
      .userId as string;
    expect((await users(owner, ownId)).map((user) => user.userId)).toContain(colleague);
  });

  it('remove a colleague, who then acts for the company no more; nobody removes themself', async () => {
    const token = await invite(owner, ownId, `bort-${ulid()}@eget.example`);
    const leaving = await signedInAs(
      (await call(undefined, 'POST', `/v1/invitations/${token}/accept`)).json.userId,
    );
    expect((await call(leaving, 'GET', `/v1/employers/${ownId}`)).status).toBe(200);

    expect((await call(owner, 'DELETE', `/v1/employers/${ownId}/users/${owner.userId}`)).status).toBe(409);
    expect((await call(owner, 'DELETE', `/v1/employers/${ownId}/users/${leaving.userId}`)).status).toBe(204);
    expect((await call(leaving, 'GET', `/v1/employers/${ownId}`)).status).toBe(404);
    expect((await call(owner, 'DELETE', `/v1/employers/${ownId}/users/${leaving.userId}`)).status).toBe(404);
  });

  it('cannot accept an invitation to a second company with an account that acts for one', async () => {
    const email = `dubbel-${ulid()}@test.example`;
    const first = await invite(coach, employerId, email);
    expect((await call(undefined, 'POST', `/v1/invitations/${first}/accept`)).json.newUser).toBe(true);
    const second = await invite(owner, ownId, email);
    const refused = await call(undefined, 'POST', `/v1/invitations/${second}/accept`);
    expect(refused.status).toBe(409);
    expect(refused.json.type).toMatch(/invitation\.user_elsewhere$/);
  });
});
