import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { isFocused, newPerson, signIn } from './support/app.ts';
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

  it('lets Västerås keep its providers and rates: a new provider and a new rate show in the month’s report', async () => {
    const vasteras = await newPerson(browser);
    await signIn(vasteras, stack.url, 'Västerås', /Mikael Ek/);
    await vasteras.goto(`${stack.url}/settings`);
    await vasteras.getByRole('link', { name: 'Ersättning till utförare (LOV)' }).click();
    await vasteras.getByRole('heading', { name: 'Ersättning till utförare', level: 1 }).waitFor();
    const privateFullDay = vasteras.getByRole('group', { name: 'Privat utförare, heldag' });
    expect(await privateFullDay.getByLabel('Nivå 2').inputValue()).toBe('10674');
    await expectAccessible(vasteras, 'compensation settings');
    await capture(vasteras, 'compensation-settings');

    // A new provider without a name, and an amount left empty, are refused on their fields
    // by the shared schema; the four amounts of a group are one list, so the group is named.
    await vasteras.getByRole('button', { name: 'Lägg till en utförare' }).click();
    await privateFullDay.getByLabel('Nivå 3').fill('');
    await vasteras.getByRole('button', { name: 'Spara ersättningen' }).click();
    const summary = vasteras.locator('.error-summary');
    await summary.getByRole('link', { name: /Utförare 4, namn/ }).click();
    expect(await isFocused(vasteras.getByLabel('Utförare 4, namn'))).toBe(true);
    await summary.getByRole('link', { name: /Privat utförare, heldag/ }).click();
    expect(await isFocused(privateFullDay)).toBe(true);
    await privateFullDay.getByLabel('Nivå 3').fill('13280');

    await vasteras.getByLabel('Utförare 4, namn').fill('Solgläntans dagliga verksamhet');
    await privateFullDay.getByLabel('Nivå 2').fill('11000');
    await vasteras.getByRole('button', { name: 'Spara ersättningen' }).click();
    await vasteras.getByRole('status').getByText('Ersättningen är sparad.').waitFor();

    await vasteras.reload();
    await vasteras.getByRole('heading', { name: 'Ersättning till utförare', level: 1 }).waitFor();
    expect(await vasteras.getByLabel('Utförare 4, namn').inputValue()).toBe('Solgläntans dagliga verksamhet');
    expect(await privateFullDay.getByLabel('Nivå 2').inputValue()).toBe('11000');
    // An existing provider can be renamed, not removed: no remove button for it.
    expect(await vasteras.getByRole('button', { name: /^Ta bort/ }).count()).toBe(0);

    await vasteras.goto(`${stack.url}/reports`);
    const report = vasteras.getByRole('region', { name: 'Ersättning till utförare' });
    await report.getByRole('heading', { name: 'Solgläntans dagliga verksamhet' }).waitFor();
    await vasteras.context().close();
  });
});
