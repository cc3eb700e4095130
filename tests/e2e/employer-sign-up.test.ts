import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../functions/local/server.ts';
import { formatOrgNumber, luhnCheckDigit } from '../../shared/domain/org-number.ts';
import { expectAccessible } from './support/a11y.ts';
import { isFocused, newPerson } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// An employer makes their own account on Malmö's sign-up page, against `npm start`'s
// stack: the page speaks Cognito's protocol to the local stand-in, which holds the
// sign-up to the pre-sign-up trigger's checks and "e-mails" the code to stack.accounts.

const name = 'Sara Snickare';
const email = 'sara@snickeriet.example';
const password = 'Snickra-hyllor-2027';
const company = 'Snickeriet Sara AB';
const nineDigits = '559876543';
const orgNumber = formatOrgNumber(`${nineDigits}${luhnCheckDigit(nineDigits)}`);

describe('an employer signs up on the municipality’s own page', () => {
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

  it('says plainly when the address names no municipality that uses Bryggan', async () => {
    await page.goto(`${stack.url}/lund/registrera`);
    await page.getByRole('heading', { name: 'Kommunen finns inte i Bryggan', level: 1 }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page, 'sign-up, unknown municipality');
    await capture(page, 'sign-up-unknown');
  });

  it('asks for name, e-mail and password, and points out what to fix', async () => {
    await page.goto(`${stack.url}/malmo/registrera`);
    await page.getByRole('heading', { name: 'Skapa ett konto för ditt företag', level: 1 }).waitFor();
    await page.getByText('hos Malmö stad', { exact: false }).waitFor();
    await expectAccessible(page, 'sign-up');
    await capture(page, 'sign-up');

    await page.getByLabel('Ditt namn').fill(name);
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Lösenord').fill('kort');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    const summary = page.getByRole('region', { name: 'Det finns 1 fel att rätta' });
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    await summary.getByRole('link', { name: /Lösenord: Lösenordet behöver minst 12 tecken/ }).waitFor();
    expect(await page.getByLabel('Lösenord').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'sign-up with errors');
  });

  it('sends a code, refuses a wrong one, and confirms with the one that was e-mailed', async () => {
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    const codeHeading = page.getByRole('heading', { name: 'Skriv koden från e-posten', level: 2 });
    await codeHeading.waitFor();
    expect(await isFocused(codeHeading)).toBe(true);
    await page.getByText(`till ${email}`, { exact: false }).waitFor();
    await expectAccessible(page, 'sign-up, code');
    await capture(page, 'sign-up-code');

    const first = stack.accounts.codeFor(email);
    expect(first).toMatch(/^\d{6}$/);
    const wrong = String((Number(first) + 1) % 1_000_000).padStart(6, '0');
    await page.getByLabel('Kod').fill(wrong);
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByRole('link', { name: 'Kod: Koden stämmer inte. Kontrollera siffrorna.' }).waitFor();

    // A reload (a phone switching to the mail app) keeps the step, and a new code replaces the old.
    await page.reload();
    await codeHeading.waitFor();
    await page.getByRole('button', { name: 'Skicka en ny kod' }).click();
    await page.getByText('Vi har skickat en ny kod.', { exact: false }).waitFor();
    await page.getByLabel('Kod').fill(stack.accounts.codeFor(email) ?? '');
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByRole('heading', { name: 'Kontot är klart', level: 2 }).waitFor();
    await expectAccessible(page, 'sign-up, done');
  });

  it('signs the new employer in, who can then register the company', async () => {
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL('**/company');
    await page.getByText(`Inloggad som ${name} (arbetsgivare)`).waitFor();
    await page.getByRole('link', { name: 'Registrera företaget' }).click();
    await page.waitForURL('**/company/register');

    await page.getByLabel('Företagets namn').fill(company);
    await page.getByLabel('Organisationsnummer').fill(orgNumber);
    await page.getByRole('checkbox', { name: 'Restaurang och café' }).check();
    await page.getByLabel('Gatuadress').fill('Verkstadsgatan 3');
    await page.getByLabel('Postnummer').fill('211 22');
    await page.getByLabel('Ort').fill('Malmö');
    await page.getByLabel('Kommundel').fill('Centrum');
    await page.getByLabel('Namn', { exact: true }).fill(name);
    await page.getByLabel('Telefon').fill('040-12 34 56');
    await page.getByLabel('E-post').fill(email);
    await page.getByRole('button', { name: 'Skicka till kommunen' }).click();
    await page.waitForURL('**/company');
    await page.getByRole('heading', { name: company }).waitFor();
    await page.getByRole('heading', { name: 'Väntar på verifiering', level: 3 }).waitFor();
  });

  it('refuses a second account for the same address, in other letters too', async () => {
    const other = await newPerson(browser);
    await other.goto(`${stack.url}/malmo/registrera`);
    await other.getByLabel('Ditt namn').fill('Någon Annan');
    await other.getByLabel('E-post').fill(email.toUpperCase());
    await other.getByLabel('Lösenord').fill(password);
    await other.getByRole('button', { name: 'Skapa konto' }).click();
    await other
      .getByRole('link', { name: /E-post: Det finns redan ett konto med den e-postadressen/ })
      .waitFor();
    await other.context().close();
  });

  it('shows someone who is signed in a way back instead of the form', async () => {
    await page.goto(`${stack.url}/vasteras/registrera`);
    await page.getByText('Du är redan inloggad.').waitFor();
    expect(await page.getByLabel('Lösenord').count()).toBe(0);
  });
});
