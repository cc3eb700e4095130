import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A page in its own browser context, so each person has their own sign-in. */
export async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  return context.newPage();
}

/** Signs in through the demo login page, as a person would. */
export async function signIn(page: Page, baseUrl: string, tenant: string, name: string | RegExp) {
  if (!page.url().includes('/sign-in')) await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('region', { name: tenant }).getByRole('button', { name }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in') && url.pathname !== '/');
}

export async function switchLanguage(page: Page, lang: 'sv' | 'en'): Promise<void> {
  await page.getByRole('button', { name: lang === 'en' ? 'English' : 'Svenska' }).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (only the keyboard) until `target` has focus. */
export async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** A heading's text, for asserting the order of cards in a list. */
export async function headings(list: Locator, level: number): Promise<string[]> {
  return list.getByRole('heading', { level }).allTextContents();
}
