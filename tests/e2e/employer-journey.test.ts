import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../functions/local/demo-data.ts';
import type { LocalStack } from '../../functions/local/server.ts';
import { formatOrgNumber, luhnCheckDigit } from '../../shared/domain/org-number.ts';
import { expectAccessible } from './support/a11y.ts';
import { headings, isFocused, newPerson, signIn, tabTo } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// One story, in order: a new employer registers, the coach verifies it, the employer
// publishes a placement and the coach finds it. Each person has their own browser context.

const company = 'Bageriet Bryggan AB';
const nineDigits = '559123456';
const orgNumber = formatOrgNumber(`${nineDigits}${luhnCheckDigit(nineDigits)}`);
const wrongOrgNumber = formatOrgNumber(`${nineDigits}${(luhnCheckDigit(nineDigits) + 1) % 10}`);
const placementTitle = 'Baka bröd och diska i bageriet';

describe('the employer journey', () => {
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

  it('sends someone who is not signed in to a sign-in page listing the demo users per municipality', async () => {
    await employer.goto(`${stack.url}/company`);
    await employer.waitForURL('**/sign-in');
    await expect.poll(() => employer.title()).toBe('Logga in – Bryggan');
    const malmo = employer.getByRole('region', { name: 'Malmö' });
    // Admin, two coaches (Karin Lindqvist, Lena Holm) and three employer users.
    await expect.poll(() => malmo.getByRole('button').count()).toBe(6);
    expect(await malmo.getByRole('button', { name: /Karin Lindqvist.*arbetskonsulent/ }).count()).toBe(1);
    expect(await employer.getByRole('region', { name: 'Västerås' }).getByRole('button').count()).toBe(4);
    await expectAccessible(employer, 'sign-in');
    await capture(employer, 'sign-in');
  });

  it('lets a new employer register the company after fixing what the form points out', async () => {
    await signIn(employer, stack.url, 'Malmö', /Ny arbetsgivare/);
    expect(new URL(employer.url()).pathname).toBe('/company');
    await employer.getByRole('heading', { name: 'Registrera ditt företag' }).waitFor();
    await expectAccessible(employer, 'company, not registered');
    await capture(employer, 'company-unregistered');

    await employer.getByRole('link', { name: 'Registrera företaget' }).click();
    await employer.waitForURL('**/company/register');
    const orgField = employer.getByLabel('Organisationsnummer');
    await orgField.fill(wrongOrgNumber);
    // The check digit is checked as the number is typed, before any save.
    await employer.getByText('Organisationsnumret stämmer inte. Kontrollera siffrorna.').waitFor();
    expect(await orgField.getAttribute('aria-invalid')).toBe('true');
    expect(await orgField.getAttribute('aria-describedby')).toContain('field-orgNumber-error');

    await employer.getByLabel('Företagets namn').fill(company);
    await employer.getByLabel('Postnummer').fill('2112');
    await employer.getByRole('button', { name: 'Skicka till kommunen' }).click();
    const summary = employer.getByRole('region', { name: /Det finns \d+ fel att rätta/ });
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    const postcodeLink = summary.getByRole('link', { name: /Postnummer: Skriv postnumret med fem siffror/ });
    await postcodeLink.waitFor();
    expect(await summary.getByRole('link', { name: /Företagets namn/ }).count()).toBe(0);
    await postcodeLink.click();
    expect(await isFocused(employer.getByLabel('Postnummer'))).toBe(true);
    await expectAccessible(employer, 'register with errors');
    await capture(employer, 'register-errors');

    await orgField.fill(orgNumber);
    await employer.getByText('Organisationsnumret stämmer.', { exact: true }).waitFor();
    expect(await orgField.getAttribute('aria-invalid')).toBeNull();
    await employer.getByRole('checkbox', { name: 'Restaurang och café' }).check();
    await employer.getByLabel('Gatuadress').fill('Bagargatan 1');
    await employer.getByLabel('Postnummer').fill('211 22');
    await employer.getByLabel('Ort').fill('Malmö');
    await employer.getByLabel('Kommundel').fill('Centrum');
    await employer.getByLabel('Namn', { exact: true }).fill('Maja Bagare');
    await employer.getByLabel('Telefon').fill('040-11 22 33');
    await employer.getByLabel('E-post').fill('maja@bageriet.example');
    await employer.getByRole('button', { name: 'Skicka till kommunen' }).click();

    await employer.waitForURL('**/company');
    await employer.getByText('Tack! Företaget är registrerat.', { exact: false }).waitFor();
    await employer.getByRole('heading', { name: company }).waitFor();
    await employer.getByRole('heading', { name: 'Väntar på verifiering', level: 3 }).waitFor();
    expect(await employer.getByText(orgNumber).count()).toBe(1);
    await expectAccessible(employer, 'company, pending');
    await capture(employer, 'company-pending');
  });

  it('lets a pending employer save placements as drafts only', async () => {
    await employer
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Ny lärandeplats' })
      .click();
    await employer.getByRole('heading', { name: 'Ny lärandeplats', level: 1 }).waitFor();
    await employer
      .getByText('Du kan publicera platsen när kommunen har verifierat företaget.', { exact: false })
      .waitFor();
    expect(await employer.getByRole('button', { name: 'Publicera' }).count()).toBe(0);
    expect(await employer.getByRole('button', { name: 'Spara som utkast' }).count()).toBe(1);
    await expectAccessible(employer, 'new placement, pending employer');
  });

  it('shows the coach the new employer first in the list, and lets the coach verify it', async () => {
    await signIn(coach, stack.url, 'Malmö', /Karin Lindqvist/);
    expect(new URL(coach.url()).pathname).toBe('/employers');
    const list = coach.getByRole('list', { name: 'Arbetsgivare' });
    await list.getByRole('heading').first().waitFor();
    const names = await headings(list, 2);
    expect(names[0]).toBe(company);
    const badges = await list.locator('.badge').allTextContents();
    const firstActive = badges.indexOf('Verifierad');
    expect(badges.lastIndexOf('Väntar på verifiering')).toBeLessThan(firstActive);
    await expectAccessible(coach, 'employers');
    await capture(coach, 'employers');

    await coach.getByRole('button', { name: `Verifiera ${company}` }).click();
    await coach.getByText(`${company} är verifierat.`).waitFor();
    const card = coach.getByRole('article', { name: company });
    expect(await card.locator('.badge').textContent()).toBe('Verifierad');
    expect(await card.getByRole('button', { name: /Verifiera/ }).count()).toBe(0);
  });

  it('lets the verified employer publish a placement using only the keyboard', async () => {
    await employer.goto(`${stack.url}/company`);
    await employer.getByRole('heading', { name: company }).waitFor();
    expect(await employer.locator('.badge').first().textContent()).toBe('Verifierad');

    const keyboard = employer.keyboard;
    await tabTo(employer, employer.getByRole('link', { name: 'Lägg till en lärandeplats' }));
    await keyboard.press('Enter');
    await employer.waitForURL('**/company/placements/new');
    const heading = employer.getByRole('heading', { name: 'Ny lärandeplats', level: 1 });
    await heading.waitFor();
    // After navigating, focus starts at the new page's heading.
    expect(await isFocused(heading)).toBe(true);

    await tabTo(employer, employer.getByLabel('Rubrik'));
    await keyboard.type(placementTitle);
    await tabTo(employer, employer.getByLabel('Beskrivning'));
    await keyboard.type('Du bakar bröd tillsammans med oss och hjälper till med disken.');
    await tabTo(employer, employer.getByLabel('Antal platser'));
    await keyboard.press('Control+A');
    await keyboard.type('2');

    // The sector's own tasks come first; the others wait behind a button.
    const taskBoxes = employer.getByRole('group', { name: 'Arbetsuppgifter' }).getByRole('checkbox');
    expect(await taskBoxes.count()).toBeLessThan(12);
    await employer.getByRole('button', { name: /^Visa fler uppgifter \(\d+\)$/ }).waitFor();
    const dishes = employer.getByRole('checkbox', { name: 'Diska', exact: true });
    await tabTo(employer, dishes);
    await keyboard.press('Space');
    expect(await dishes.isChecked()).toBe(true);
    // Choosing a task ticks what it usually demands, so the coach can match on it.
    for (const demand of ['Stå länge', 'Klara ljud och buller', 'Tänka på hygien']) {
      expect(await employer.getByRole('checkbox', { name: demand, exact: true }).isChecked(), demand).toBe(
        true,
      );
    }
    // Demands no chosen task has wait behind "show more", like the tasks of other sectors.
    const reading = employer.getByRole('checkbox', { name: 'Läsa', exact: true });
    expect(await reading.count()).toBe(0);
    const moreDemands = employer.getByRole('button', { name: /^Visa fler krav/ });
    await tabTo(employer, moreDemands);
    await keyboard.press('Enter');
    const fewerDemands = employer.getByRole('button', { name: 'Visa färre krav' });
    expect(await fewerDemands.getAttribute('aria-expanded')).toBe('true');
    expect(await reading.isChecked()).toBe(false);

    await tabTo(employer, employer.getByRole('radio', { name: 'Heldag' }));
    await keyboard.press('ArrowDown');
    expect(await employer.getByRole('radio', { name: 'Halvdag' }).isChecked()).toBe(true);
    for (const day of ['Måndag', 'Onsdag']) {
      await tabTo(employer, employer.getByRole('checkbox', { name: day, exact: true }));
      await keyboard.press('Space');
    }
    // The browser's own date field: the order of its parts follows the machine's locale,
    // so the test sets the value rather than typing digits in one locale's order.
    const startDate = employer.getByLabel('Startdatum');
    await tabTo(employer, startDate);
    expect(await startDate.getAttribute('type')).toBe('date');
    await startDate.fill('2027-02-01');
    await tabTo(employer, employer.getByRole('radio', { name: /Nivå 1/ }));
    await keyboard.press('ArrowDown');
    expect(await employer.getByRole('radio', { name: /Nivå 2/ }).isChecked()).toBe(true);
    await tabTo(employer, employer.getByRole('checkbox', { name: 'Inomhus', exact: true }));
    await keyboard.press('Space');

    await capture(employer, 'placement-form');

    await tabTo(employer, employer.getByRole('button', { name: 'Publicera' }));
    await keyboard.press('Enter');
    await employer.waitForURL('**/company');
    await employer.getByText('Lärandeplatsen är publicerad.').waitFor();
    const card = employer
      .getByRole('listitem')
      .filter({ has: employer.getByRole('heading', { name: placementTitle }) });
    expect(await card.locator('.badge').textContent()).toBe('Publicerad');
    expect(await card.getByText('0 av 2 platser tillsatta').count()).toBeGreaterThan(0);
    await expectAccessible(employer, 'company, verified with a placement');
    await capture(employer, 'company-active');
  });

  it('lets the coach find the published placement under its sector', async () => {
    await coach
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lärandeplatser' })
      .click();
    await coach.waitForURL('**/placements');
    await coach.getByRole('list', { name: 'Lärandeplatser' }).waitFor();
    await coach.getByLabel('Bransch').selectOption({ label: 'Restaurang och café' });
    await coach.getByLabel('Status').selectOption({ label: 'Publicerad' });
    await coach.getByRole('button', { name: 'Visa platser' }).click();
    await coach.waitForURL((url) => url.search.includes('sector=food_service'));

    const list = coach.getByRole('list', { name: 'Lärandeplatser' });
    await list.getByRole('heading', { name: placementTitle }).waitFor();
    const titles = await headings(list, 2);
    expect(titles).toEqual([placementTitle]);
    const card = coach.getByRole('article', { name: placementTitle });
    expect(await card.getByText(company).count()).toBe(1);
    expect(await card.getByText('0 av 2 platser tillsatta').count()).toBe(1);
    await expectAccessible(coach, 'placements by sector');
    await capture(coach, 'placements');
  });

  it('lets the employer change the placement after someone else did, and close it', async () => {
    await employer.getByRole('link', { name: `Ändra ${placementTitle}` }).click();
    await employer.getByRole('heading', { name: 'Ändra lärandeplats', level: 1 }).waitFor();
    expect(await employer.getByLabel('Rubrik').inputValue()).toBe(placementTitle);
    expect(await employer.getByRole('checkbox', { name: 'Diska', exact: true }).isChecked()).toBe(true);
    expect(await employer.getByRole('radio', { name: 'Halvdag' }).isChecked()).toBe(true);

    // Meanwhile the same placement is changed elsewhere, e.g. in another tab.
    const user = demoUsers.find((candidate) => candidate.id === 'malmo-new-employer');
    if (!user) throw new Error('The demo data has no malmo-new-employer');
    const placementUrl = `${stack.url}/v1${new URL(employer.url()).pathname.replace('/company', '')}`;
    const authorization = `Bearer ${await stack.issuer.issueToken(user)}`;
    const read = await fetch(placementUrl, { headers: { authorization } });
    const changed = await fetch(placementUrl, {
      method: 'PATCH',
      headers: {
        authorization,
        'content-type': 'application/json',
        'if-match': read.headers.get('etag') ?? '',
      },
      body: JSON.stringify({ description: 'Du bakar bröd med oss. Ändrad i en annan flik.' }),
    });
    expect(changed.status).toBe(200);

    await employer.getByLabel('Antal platser').fill('3');
    await employer.getByRole('button', { name: 'Spara ändringarna' }).click();
    await employer
      .getByText('Någon annan har ändrat uppgifterna medan du skrev.', { exact: false })
      .waitFor();
    await expectAccessible(employer, 'edit placement, changed elsewhere');
    await capture(employer, 'placement-edit-stale');
    await employer.getByRole('button', { name: 'Hämta den senaste versionen' }).click();
    await employer.getByText('Vi har tagit tillbaka det du skrev förra gången.').waitFor();
    expect(await employer.getByLabel('Antal platser').inputValue()).toBe('3');
    await employer.getByRole('button', { name: 'Spara ändringarna' }).click();

    await employer.waitForURL('**/company');
    await employer.getByText('Ändringarna är sparade.').waitFor();
    const card = employer
      .getByRole('listitem')
      .filter({ has: employer.getByRole('heading', { name: placementTitle }) });
    await card.getByText('0 av 3 platser tillsatta').waitFor();
    // Closing is asked once more, and the keyboard focus never falls back to the page's start.
    const focused = () => employer.evaluate(() => document.activeElement?.textContent ?? '');
    await card.getByRole('button', { name: `Stäng ${placementTitle}` }).click();
    await expect.poll(focused).toMatch(/^Vill du stänga/);
    await card.getByRole('button', { name: 'Nej, låt den vara öppen' }).click();
    await expect.poll(focused).toBe(`Stäng ${placementTitle}`);
    await card.getByRole('button', { name: `Stäng ${placementTitle}` }).click();
    await card.getByRole('button', { name: 'Ja, stäng' }).click();
    await employer.getByText(`${placementTitle}: Stängd.`).waitFor();
    await expect.poll(focused).toBe(`${placementTitle}: Stängd.`);
    expect(await card.locator('.badge').textContent()).toBe('Stängd');
    expect(await card.getByRole('button', { name: `Öppna igen ${placementTitle}` }).count()).toBe(1);
  });
});
