import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalAccounts } from '../../functions/local/local-accounts.ts';

const invitation = (email: string, tenant = 'malmo') => ({
  tenant,
  email,
  name: 'Lena Berg',
  employerId: 'employer-1',
});

describe('the local accounts, as Cognito would keep them', () => {
  it('links an invitation to the account that signed up with the address, as one account', async () => {
    const accounts = new LocalAccounts();
    const signedUp = accounts.signUp({ email: 'Lena@Kommun.example', name: 'Lena Berg', tenant: 'malmo' });
    expect(await accounts.provideEmployerUser(invitation('lena@kommun.example'))).toEqual({
      userId: signedUp,
      created: false,
    });
    // Accepting the invitation proved the address: the account may sign in without its code.
    expect(accounts.users().map((user) => user.id)).toEqual([signedUp]);
  });

  it('creates an account for a new address once, and refuses one from another municipality', async () => {
    const accounts = new LocalAccounts();
    const first = await accounts.provideEmployerUser(invitation('ny@foretag.example'));
    expect(first).toEqual({ userId: expect.stringMatching(/^invited-/), created: true });
    expect(await accounts.provideEmployerUser(invitation('NY@foretag.example'))).toEqual({
      userId: first?.userId,
      created: false,
    });
    expect(await accounts.provideEmployerUser(invitation('ny@foretag.example', 'vasteras'))).toBeUndefined();
    expect(accounts.signUp({ email: 'ny@foretag.example', name: 'X', tenant: 'malmo' })).toBeUndefined();
  });

  it('keeps sign-ups and invited accounts in one file across a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bryggan-accounts-')), 'accounts.json');
    const before = new LocalAccounts(file);
    const invited = await before.provideEmployerUser(invitation('a@foretag.example'));
    const signedUp = before.signUp({ email: 'b@foretag.example', name: 'B', tenant: 'malmo' });
    before.confirm('b@foretag.example', before.codeFor('b@foretag.example') ?? '');

    const after = new LocalAccounts(file);
    expect(
      after
        .users()
        .map((user) => user.id)
        .sort(),
    ).toEqual([invited?.userId, signedUp].sort());
  });
});
