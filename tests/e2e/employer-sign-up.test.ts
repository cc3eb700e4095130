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

let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  await buildWeb();
  stack = await startStack();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('an employer signs up on the municipality’s own page', () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPerson(browser);
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

// In AWS the deploy writes /config.json, and the page calls Cognito's regional endpoint
// itself. Here the browser's network layer plays Cognito, so the real requests are seen.
describe('signing up with Cognito when /config.json exists', () => {
  const config = {
    region: 'eu-north-1',
    userPoolId: 'eu-north-1_TEST',
    clientId: 'web-client',
    domain: 'bryggan-test',
  };
  const cognitoApi = 'https://cognito-idp.eu-north-1.amazonaws.com/';
  const hostedUi = 'https://bryggan-test.auth.eu-north-1.amazoncognito.com';
  const sent: { target: string; body: Record<string, unknown>; headers: Record<string, string> }[] = [];
  let authorize: URL | undefined;
  let page: Page;
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'content-type, x-amz-target, x-amz-user-agent',
    'Access-Control-Allow-Methods': 'POST',
  };

  beforeAll(async () => {
    page = await newPerson(browser);
    await page.route(`${stack.url}/config.json`, (route) => route.fulfill({ json: config }));
    await page.route(cognitoApi, async (route) => {
      const request = route.request();
      if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      const headers = request.headers();
      const target = headers['x-amz-target'] ?? '';
      const body = JSON.parse(request.postData() ?? '{}') as Record<string, unknown>;
      sent.push({ target, body, headers });
      const reply = (status: number, json: unknown) =>
        route.fulfill({ status, headers: { ...cors, 'Content-Type': 'application/x-amz-json-1.1' }, json });
      if (target.endsWith('.SignUp')) return reply(200, { UserConfirmed: false, UserSub: 'cognito-sub-1' });
      if (target.endsWith('.ConfirmSignUp'))
        return body.ConfirmationCode === '424242'
          ? reply(200, {})
          : reply(400, { __type: 'CodeMismatchException', message: 'Invalid verification code provided.' });
      return reply(400, { __type: 'UnknownOperationException' });
    });
    await page.route(`${hostedUi}/**`, (route) => {
      authorize = new URL(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Hosted UI</title>' });
    });
  });

  it('sends SignUp with the tenant from the address and the client id, and no credentials', async () => {
    await page.goto(`${stack.url}/malmo/registrera`);
    await page.getByLabel('Ditt namn').fill(name);
    await page.getByLabel('E-post').fill('nils@example.se');
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await page.getByRole('heading', { name: 'Skriv koden från e-posten' }).waitFor();
    // No local note: in AWS the code really is e-mailed.
    expect(await page.getByText('testmiljö', { exact: false }).count()).toBe(0);
    expect(sent[0]).toMatchObject({
      target: 'AWSCognitoIdentityProviderService.SignUp',
      body: {
        ClientId: 'web-client',
        Username: 'nils@example.se',
        UserAttributes: expect.arrayContaining([{ Name: 'custom:tenant', Value: 'malmo' }]),
      },
    });
    expect(sent[0]?.headers.authorization).toBeUndefined();
  });

  it('confirms the code, then signs in through the hosted UI with PKCE', async () => {
    await page.getByLabel('Kod').fill('111111');
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByRole('link', { name: 'Kod: Koden stämmer inte. Kontrollera siffrorna.' }).waitFor();
    await page.getByLabel('Kod').fill('424242');
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByRole('heading', { name: 'Kontot är klart' }).waitFor();
    await page.getByText('Microsoft Authenticator', { exact: false }).waitFor();
    await expectAccessible(page, 'sign-up done, Cognito');
    expect(sent.map((call) => call.target)).toEqual([
      'AWSCognitoIdentityProviderService.SignUp',
      'AWSCognitoIdentityProviderService.ConfirmSignUp',
      'AWSCognitoIdentityProviderService.ConfirmSignUp',
    ]);
    expect(sent[2]?.body).toEqual({
      ClientId: 'web-client',
      Username: 'nils@example.se',
      ConfirmationCode: '424242',
    });

    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${hostedUi}/**`);
    expect(authorize?.pathname).toBe('/oauth2/authorize');
    expect(authorize?.searchParams.get('client_id')).toBe('web-client');
    expect(authorize?.searchParams.get('code_challenge_method')).toBe('S256');
  });
});
