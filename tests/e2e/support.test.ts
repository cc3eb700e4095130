import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { newPerson, signIn } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// One story: an employer presses "Ring mig"; the coach sees the request on the start
// page for the day, logs the call with a follow-up and marks the follow-up done; the
// employer sees the request answered.

const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });
const employerName = 'IT-Återvinning Mälardalen AB';

describe('"Ring mig": from the employer’s request to the coach’s call and back', () => {
  let stack: LocalStack;
  let browser: Browser;
  let employer: Page;
  let coach: Page;

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    employer = await newPerson(browser);
    coach = await newPerson(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lets the employer ask to be called, and shows the request waiting', async () => {
    await signIn(employer, stack.url, 'Västerås', /Eva Holm/);
    await employer.getByRole('heading', { name: 'Vill du att vi ringer dig?' }).waitFor();
    await employer.getByRole('button', { name: 'Ring mig' }).click();
    await employer.getByLabel('Vad gäller det?').selectOption({ label: 'Schema och tider' });
    await employer.getByLabel(/Något mer vi bör veta/).fill('Vi behöver ändra arbetstiderna.');
    await employer.getByRole('checkbox', { name: /bråttom/ }).check();
    await employer.getByRole('button', { name: 'Skicka förfrågan' }).click();
    await employer.getByText(/Tack! Vi ringer dig senast/).waitFor();
    const requests = employer.getByRole('list', { name: 'Dina förfrågningar' });
    await requests.getByText('Väntar på samtal').waitFor();
    await expectAccessible(employer, 'company page with Ring mig');
  });

  it('shows the request on the coach’s page for the day, where the coach logs the call with a follow-up', async () => {
    await signIn(coach, stack.url, 'Västerås', /Fatima Yusuf/);
    await menu(coach).getByRole('link', { name: 'I dag' }).click();
    await coach.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    const toCall = coach.getByRole('region', { name: 'Ring upp' });
    await toCall.getByRole('heading', { name: employerName }).waitFor();
    await expectAccessible(coach, 'the coach’s day');
    await capture(coach, 'coach-today');

    await toCall.getByRole('button', { name: new RegExp(`Logga samtal – ${employerName}`) }).click();
    await coach.getByLabel('Typ av kontakt').selectOption({ label: 'Jag ringde arbetsgivaren' });
    await coach.getByRole('checkbox', { name: 'Schema och tider' }).check();
    await coach.getByLabel(/Hur lång tid/).fill('10');
    await coach.getByLabel(/Anteckning/).fill('Vi flyttar starten till 09.00.');
    const today = await coach.evaluate(() =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date()),
    );
    await coach.getByLabel(/Följ upp/).fill(today);
    await expectAccessible(coach, 'the call log form');
    await coach.getByRole('button', { name: 'Spara samtalet' }).click();
    await coach.getByText('Samtalet är sparat.').waitFor();
    await toCall.getByText('Ingen arbetsgivare väntar på samtal.').waitFor();
  });

  it('lists the follow-up as due today until the coach marks it done', async () => {
    const followUps = coach.getByRole('region', { name: 'Uppföljningar att göra' });
    await followUps.getByRole('heading', { name: employerName }).waitFor();
    await followUps.getByRole('button', { name: new RegExp(`Markera som klar – ${employerName}`) }).click();
    await coach.getByText('Uppföljningen är klar.').waitFor();
    await followUps.getByText('Inga uppföljningar är försenade eller ska göras i dag.').waitFor();
  });

  it('shows the employer the request answered, never the coach’s note', async () => {
    await employer.reload();
    const requests = employer.getByRole('list', { name: 'Dina förfrågningar' });
    await requests.getByText('Besvarad – vi har ringt').waitFor();
    expect(await employer.getByText('Vi flyttar starten').count()).toBe(0);
  });

  it('shows the call in the employer’s history for the coach, and works at 360 pixels', async () => {
    await menu(coach).getByRole('link', { name: 'Arbetsgivare' }).click();
    await coach.getByRole('link', { name: employerName }).first().click();
    await coach.getByRole('link', { name: 'Visa historik' }).click();
    await coach.getByRole('heading', { name: 'Historik', level: 1 }).waitFor();
    await coach
      .getByText(/Stödsamtal/)
      .first()
      .waitFor();
    await expectAccessible(coach, 'employer timeline');
    await coach.setViewportSize({ width: 360, height: 800 });
    await coach.goto(`${stack.url}/today`);
    await coach.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    const overflow = await coach.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
