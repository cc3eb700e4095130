import { describe, expect, it } from 'vitest';
import { directoryOnDemand, mailerOnDemand } from '#api/adapters/on-demand';
import type { Mail, Mailer, UserDirectory } from '#api/ports';

const mail: Mail = { to: 'a@example.org', subject: 'Hej', text: 'Hej!' };

describe('ports loaded on first use', () => {
  it('loads nothing until the first call, then once for calls that overlap', async () => {
    const sent: Mail[] = [];
    let loads = 0;
    const mailer = mailerOnDemand(async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { send: async (message) => void sent.push(message) } satisfies Mailer;
    });
    expect(loads).toBe(0);
    await Promise.all([mailer.send(mail), mailer.send({ ...mail, subject: 'Två' })]);
    await mailer.send({ ...mail, subject: 'Tre' });
    expect(loads).toBe(1);
    expect(sent.map((message) => message.subject)).toEqual(['Hej', 'Två', 'Tre']);
  });

  it('tries the load again after it failed, instead of failing every later call', async () => {
    let loads = 0;
    const mailer = mailerOnDemand(async () => {
      loads += 1;
      if (loads === 1) throw new Error('chunk could not be read');
      return { send: async () => undefined };
    });
    await expect(mailer.send(mail)).rejects.toThrow('chunk could not be read');
    await expect(mailer.send(mail)).resolves.toBeUndefined();
    expect(loads).toBe(2);
  });

  it('passes each directory call and its answer through', async () => {
    const calls: string[] = [];
    const directory = directoryOnDemand(
      async () =>
        ({
          provideEmployerUser: async (account) => {
            calls.push(`provide ${account.email}`);
            return { userId: 'user-1', created: true };
          },
          detachEmployerUser: async (tenant, userId) => void calls.push(`detach ${tenant} ${userId}`),
        }) satisfies UserDirectory,
    );
    await expect(
      directory.provideEmployerUser({ tenant: 't', email: 'e@example.org', name: 'E', employerId: 'x' }),
    ).resolves.toEqual({ userId: 'user-1', created: true });
    await directory.detachEmployerUser('t', 'user-1');
    expect(calls).toEqual(['provide e@example.org', 'detach t user-1']);
  });
});
