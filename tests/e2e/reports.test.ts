import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { newPerson, signIn, tabTo } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// Issue 13: a coach in Västerås (whose demo data has a year and a half of history and
// providers paid under LOV) opens Uppföljning, reads the indicators as tables and charts,
// downloads the CSV and reads the month's payments to providers.

const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

describe('the reports page', () => {
  let stack: LocalStack;
  let browser: Browser;
  let coach: Page;

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    coach = await newPerson(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('is in the coach’s menu and shows the period’s figures, charts with tables, and no axe violation', async () => {
    await signIn(coach, stack.url, 'Västerås', /Fatima Yusuf/);
    await menu(coach).getByRole('link', { name: 'Uppföljning' }).click();
    await coach.getByRole('heading', { name: 'Uppföljning', level: 1 }).waitFor();
    const people = coach.getByRole('table', { name: 'Deltagare' });
    await people.waitFor();
    const inPrework = people.getByRole('row', { name: /Deltagare i förarbetet under perioden/ });
    // 42 demo people, all in prework at some time in the last twelve months but those who
    // left it before: a total of at least five is shown as a number.
    expect(Number(await inPrework.getByRole('cell').last().textContent())).toBeGreaterThanOrEqual(5);
    // Each chart has its table; the charts themselves are hidden from screen readers.
    expect(await coach.getByRole('table', { name: 'Diagrammet som tabell' }).count()).toBe(2);
    expect(await coach.locator('.report-chart').count()).toBe(2);
    expect(await coach.locator('.report-chart[aria-hidden="true"]').count()).toBe(2);
    // Bars are drawn (recharts draws one path per non-zero bar).
    await expect
      .poll(() => coach.locator('.report-chart .recharts-bar-rectangle').count())
      .toBeGreaterThan(0);
    // The month's payments: the providers and a goal-based sum due this month.
    const compensation = coach.getByRole('region', { name: 'Ersättning till utförare' });
    await compensation.getByRole('heading', { name: 'Västerås stad, daglig verksamhet' }).waitFor();
    await compensation
      .getByText(/Målstyrd ersättning: Arbete/)
      .first()
      .waitFor();
    await expectAccessible(coach, 'reports');
    await capture(coach, 'reports');
  });

  it('downloads the indicators as a CSV for Excel, by keyboard', async () => {
    const button = coach.getByRole('button', { name: 'Ladda ner som CSV (för Excel)' });
    await tabTo(coach, button);
    const [download] = await Promise.all([coach.waitForEvent('download'), coach.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^indikatorer-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Indikator;Kvinnor;Män;Annat;Ej angivet;Totalt');
  });

  it('shows another period when the coach picks one', async () => {
    await coach.getByLabel('Från och med').fill('2000-01-01');
    await coach.getByLabel('Till och med').fill('2000-12-31');
    await coach.getByRole('button', { name: 'Visa', exact: true }).click();
    const people = coach.getByRole('table', { name: 'Deltagare' });
    await expect
      .poll(() =>
        people
          .getByRole('row', { name: /Deltagare i förarbetet/ })
          .getByRole('cell')
          .last()
          .textContent(),
      )
      .toBe('0');
  });

  it('works at 360 pixels wide without scrolling sideways', async () => {
    await coach.setViewportSize({ width: 360, height: 800 });
    await coach.goto(`${stack.url}/reports`);
    await coach.getByRole('table', { name: 'Deltagare' }).waitFor();
    const overflow = await coach.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(coach, 'reports at 360 px');
  });

  it('lets the coach record a participant’s provider of daily activity on the profile', async () => {
    await menu(coach).getByRole('link', { name: 'Deltagare' }).click();
    await coach.getByRole('link', { name: 'Nora Lund' }).click();
    const section = coach.getByRole('region', { name: 'Daglig verksamhet hos utförare' });
    await section.getByRole('button', { name: 'Spara' }).click();
    await section.locator('#field-providerId-error').waitFor();
    await section.getByLabel('Utförare').selectOption({ label: 'Mimers verkstäder' });
    await section.getByLabel('Från och med').fill('2026-11-01');
    await section.getByLabel('Stödnivå').selectOption('3');
    await section.getByRole('radio', { name: 'Halvdag' }).check();
    await section.getByRole('button', { name: 'Spara' }).click();
    await section.getByText('Sparat.').waitFor();
    await section.getByText(/^Mimers verkstäder, nivå 3, Halvdag, från 1 november 2026$/).waitFor();
    await expectAccessible(coach, 'participant with a provider');
  });
});
