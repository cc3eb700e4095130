import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../functions/local/demo-data.ts';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { isFocused, newPerson, signIn, switchLanguage } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

const title = 'Vika tröjor i butiken';
const description = 'Du viker tröjor och hänger upp dem. Vi visar hur du gör.';

function expiryOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    exp: number;
  };
  return payload.exp * 1000;
}

async function fillPlacement(page: Page) {
  await page.getByLabel('Rubrik').fill(title);
  await page.getByLabel('Beskrivning').fill(description);
  await page.getByRole('button', { name: /^Visa fler uppgifter/ }).click();
  await page.getByRole('checkbox', { name: 'Tvätta och vika', exact: true }).check();
  await page.getByRole('radio', { name: 'Halvdag' }).check();
  await page.getByRole('checkbox', { name: 'Tisdag', exact: true }).check();
  await page.getByLabel('Startdatum').fill('2027-03-01');
  await page.getByRole('radio', { name: /Nivå 1/ }).check();
}

describe('sign-in, language and getting around', () => {
  let stack: LocalStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    page = await newPerson(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('starts in Swedish, switches to English, and remembers the choice after a reload', async () => {
    await page.goto(`${stack.url}/sign-in`);
    await page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');

    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Malmö' })
        .getByRole('button', { name: /job coach/ })
        .count(),
      // Karin Lindqvist and Lena Holm.
    ).toBe(2);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.title()).toBe('Sign in – Bryggan');
    await capture(page, 'sign-in-english');

    await switchLanguage(page, 'sv');
    await page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
  });

  it('offers a skip link as the first stop for the keyboard', async () => {
    await page.goto(`${stack.url}/sign-in`);
    await page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Hoppa till innehållet' });
    expect(await isFocused(skipLink)).toBe(true);
    expect((await skipLink.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await isFocused(page.locator('main'))).toBe(true);
  });

  it('sends an employer whose sign-in expired to sign in again, and keeps what they had typed', async () => {
    const user = demoUsers.find((candidate) => candidate.id === 'malmo-employer');
    if (!user) throw new Error('The demo data has no malmo-employer');
    const token = await stack.issuer.issueToken(user, { expiresIn: '4s' });
    await page.evaluate((value) => sessionStorage.setItem('bryggan.session', value), token);
    await page.goto(`${stack.url}/company/placements/new`);
    await page.getByRole('heading', { name: 'Ny lärandeplats', level: 1 }).waitFor();
    await fillPlacement(page);

    await page.waitForTimeout(Math.max(0, expiryOf(token) - Date.now()) + 1000);
    await page.getByRole('button', { name: 'Publicera' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByText('Du har blivit utloggad', { exact: false }).waitFor();
    await expectAccessible(page, 'sign-in after expiry');

    await signIn(page, stack.url, 'Malmö', /Johan Berg/);
    expect(new URL(page.url()).pathname).toBe('/company/placements/new');
    await page.getByText('Vi har tagit tillbaka det du skrev förra gången.').waitFor();
    expect(await page.getByLabel('Rubrik').inputValue()).toBe(title);
    expect(await page.getByLabel('Beskrivning').inputValue()).toBe(description);
    expect(await page.getByRole('radio', { name: 'Halvdag' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Tvätta och vika', exact: true }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Publicera' }).click();
    await page.waitForURL('**/company');
    await page.getByText('Lärandeplatsen är publicerad.').waitFor();
    await page.getByRole('heading', { name: title }).waitFor();
  });

  it('signs out, forgets the drafts and asks to sign in again', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Ny lärandeplats' })
      .click();
    await page.getByLabel('Rubrik').fill('Ett utkast som ska glömmas');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL('**/sign-in');
    const drafts = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith('bryggan.draft.')),
    );
    expect(drafts).toEqual([]);
    await page.goto(`${stack.url}/company`);
    await page.waitForURL('**/sign-in');
    expect(await page.getByText('Du har blivit utloggad', { exact: false }).count()).toBe(0);
  });

  it('says plainly when a page does not exist', async () => {
    await signIn(page, stack.url, 'Malmö', /Karin Lindqvist/);
    await page.goto(`${stack.url}/no-such-page`);
    await page.getByRole('heading', { name: 'Sidan finns inte', level: 1 }).waitFor();
    await expectAccessible(page, 'not found');
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await page.waitForURL('**/employers');
    await expectAccessible(page, 'employers after not found');
  });
});
