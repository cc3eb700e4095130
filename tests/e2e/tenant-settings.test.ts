import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { newPerson, signIn } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// An admin changes the municipality's settings; a sector the admin adds shows on the
// coach's pages with the name it was given: labels come from GET /v1/vocabulary.

const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

describe('the tenant settings page', () => {
  let stack: LocalStack;
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    admin = await newPerson(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('is in the admin’s menu, shows the seeded support after hire and has no axe violation', async () => {
    await signIn(admin, stack.url, 'Malmö', /Amira Haddad/);
    await menu(admin).getByRole('link', { name: 'Inställningar' }).click();
    await admin.getByRole('heading', { name: 'Inställningar för kommunen', level: 1 }).waitFor();
    expect(await admin.getByLabel('Vad stödet heter på svenska').inputValue()).toBe('Stöd vid arbete');
    expect(await admin.getByLabel('Antal månader').inputValue()).toBe('12');
    // The sectors and their plain descriptions come from the API.
    await admin.getByRole('checkbox', { name: 'Second hand och återbruk' }).waitFor();
    await expectAccessible(admin, 'tenant settings');
    await capture(admin, 'tenant-settings');
  });

  it('saves a change, adds a sector and keeps them after a reload', async () => {
    await admin.getByLabel('Antal månader').fill('6');
    await admin.getByRole('checkbox', { name: 'Stödet kan förlängas en gång' }).check();
    await admin.getByLabel('Längsta tid med förlängning, i månader').fill('12');
    await admin.getByLabel('Namn på svenska').fill('Cykelverkstad');
    await admin.getByLabel('Namn på engelska').fill('Bicycle workshop');
    await admin.getByRole('button', { name: 'Spara inställningarna' }).click();
    await admin.getByRole('status').getByText('Inställningarna är sparade.').waitFor();
    await admin.getByRole('checkbox', { name: 'Cykelverkstad (egen)' }).waitFor();
    expect(await admin.getByRole('checkbox', { name: 'Cykelverkstad (egen)' }).isChecked()).toBe(true);

    await admin.reload();
    await admin.getByRole('heading', { name: 'Inställningar för kommunen', level: 1 }).waitFor();
    expect(await admin.getByLabel('Antal månader').inputValue()).toBe('6');
    expect(await admin.getByLabel('Längsta tid med förlängning, i månader').inputValue()).toBe('12');
  });

  it('shows the added sector by its name where a coach filters placements', async () => {
    await menu(admin).getByRole('link', { name: 'Lärandeplatser' }).click();
    const sector = admin.getByLabel('Bransch');
    await sector.waitFor();
    const options = await sector.locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Second hand och återbruk', 'Cykelverkstad']));
  });

  it('works at 360 pixels wide without scrolling sideways', async () => {
    await admin.setViewportSize({ width: 360, height: 800 });
    await admin.goto(`${stack.url}/settings`);
    await admin.getByRole('heading', { name: 'Inställningar för kommunen', level: 1 }).waitFor();
    const overflow = await admin.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(admin, 'tenant settings at 360 px');
  });
});
