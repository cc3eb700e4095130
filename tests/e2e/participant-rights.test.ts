import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { newPerson, signIn } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// Issue 16: on a participant's page an admin downloads everything stored about them
// (art. 15) and erases them (art. 17) with a reason from the list, after confirming;
// the list then says so and no longer shows them.

describe('a participant’s rights, for the admin', () => {
  let stack: LocalStack;
  let browser: Browser;
  let admin: Page;
  let participantId: string;

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    const { token } = (await (
      await fetch(`${stack.url}/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: 'malmo-coach' }),
      })
    ).json()) as { token: string };
    const created = await fetch(`${stack.url}/v1/participants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        firstName: 'Rut',
        lastName: 'Raderas',
        gender: 'woman',
        birthYear: 1990,
        supportLevel: 2,
        interests: ['logistics'],
      }),
    });
    expect(created.status).toBe(201);
    participantId = ((await created.json()) as { id: string }).id;
    admin = await newPerson(browser);
    await signIn(admin, stack.url, 'Malmö', /Amira Haddad/);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows "Exportera uppgifter" and "Radera deltagare" on the page, with no axe violation', async () => {
    await admin.goto(`${stack.url}/participants/${participantId}`);
    await admin.getByRole('heading', { name: 'Rut Raderas', level: 1 }).waitFor();
    await admin.getByRole('heading', { name: 'Deltagarens rättigheter' }).waitFor();
    await admin.getByRole('button', { name: 'Exportera uppgifter' }).waitFor();
    expect(await admin.getByRole('button', { name: 'Radera deltagare' }).isDisabled()).toBe(true);
    await expectAccessible(admin, 'participant rights');
  });

  it('downloads the export as a JSON file with every part explained', async () => {
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('button', { name: 'Exportera uppgifter' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`deltagare-${participantId}.json`);
    const exported = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
    expect(exported.parts.profile.items[0]).toMatchObject({ id: participantId, firstName: 'Rut' });
    expect(exported.parts.profile.explanation).toMatch(/Din profil/);
  });

  it('asks for the reason and a confirmation, erases, and goes back to the list with a notice', async () => {
    await admin.getByLabel('Varför ska deltagaren raderas?').selectOption('participant_request');
    await admin.getByRole('button', { name: 'Radera deltagare' }).click();
    await admin.getByText('Allt om deltagaren raderas och kan inte tas tillbaka.').waitFor();
    await expectAccessible(admin, 'participant erasure confirmation');
    await capture(admin, 'participant-erasure-confirmation');
    await admin.getByRole('button', { name: 'Ja, radera deltagaren' }).click();
    await admin.waitForURL((url) => url.pathname === '/participants');
    await admin.getByText('Deltagaren är raderad.').waitFor();
    expect(await admin.getByText('Rut Raderas').count()).toBe(0);
    // The page of an erased person is not found.
    await admin.goto(`${stack.url}/participants/${participantId}`);
    await admin.getByRole('heading', { name: 'Sidan finns inte', level: 1 }).waitFor();
  });
});
