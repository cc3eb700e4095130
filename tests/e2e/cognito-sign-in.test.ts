import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../functions/local/demo-data.ts';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { newPerson } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// In AWS the deploy writes /config.json and people sign in through Cognito's hosted UI.
// Here the browser's network layer plays Cognito, so the whole PKCE round trip runs.

const cognito = 'https://bryggan-test.auth.eu-north-1.amazoncognito.com';
const config = {
  region: 'eu-north-1',
  userPoolId: 'eu-north-1_TEST',
  clientId: 'web-client',
  domain: 'bryggan-test',
};

describe('signing in with Cognito when /config.json exists', () => {
  let stack: LocalStack;
  let browser: Browser;
  let page: Page;
  // What the pretend Cognito was sent; the tests assert on it.
  const seen: { authorize?: URL; verifier?: string; logout?: URL } = {};

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    page = await newPerson(browser);
    const coach = demoUsers.find((user) => user.id === 'malmo-coach');
    if (!coach) throw new Error('The demo data has no malmo-coach');
    const idToken = await stack.issuer.issueToken(coach);

    await page.route(`${stack.url}/config.json`, (route) => route.fulfill({ json: config }));
    await page.route(`${cognito}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/oauth2/authorize') {
        seen.authorize = url;
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        back.search = new URLSearchParams({
          code: 'the-code',
          state: url.searchParams.get('state') ?? '',
        }).toString();
        return route.fulfill({ status: 302, headers: { location: back.toString() } });
      }
      if (url.pathname === '/oauth2/token') {
        const form = new URLSearchParams(route.request().postData() ?? '');
        seen.verifier = form.get('code_verifier') ?? undefined;
        const good = form.get('code') === 'the-code' && form.get('grant_type') === 'authorization_code';
        return route.fulfill({
          status: good ? 200 : 400,
          headers: { 'Access-Control-Allow-Origin': '*' },
          json: good
            ? { id_token: idToken, access_token: 'unused', token_type: 'Bearer' }
            : { error: 'invalid_grant' },
        });
      }
      if (url.pathname === '/logout') {
        seen.logout = url;
        return route.fulfill({
          status: 302,
          headers: { location: url.searchParams.get('logout_uri') ?? '/' },
        });
      }
      return route.fulfill({ status: 404 });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('offers the hosted sign-in instead of the demo users', async () => {
    await page.goto(`${stack.url}/sign-in`);
    await page.getByText('Logga in med ditt konto hos kommunen.').waitFor();
    expect(await page.getByRole('region', { name: 'Malmö' }).count()).toBe(0);
    await expectAccessible(page, 'Cognito sign-in');
  });

  it('signs in with the authorization code and PKCE, and uses the ID token with the API', async () => {
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL('**/employers');
    const expected = createHash('sha256')
      .update(seen.verifier ?? '')
      .digest('base64url');
    expect(seen.authorize?.searchParams.get('client_id')).toBe(config.clientId);
    expect(seen.authorize?.searchParams.get('code_challenge_method')).toBe('S256');
    expect(seen.authorize?.searchParams.get('code_challenge')).toBe(expected);
    expect(seen.authorize?.searchParams.get('redirect_uri')).toBe(`${stack.url}/auth/callback`);
    // The list comes from the API, so the token was accepted.
    await page.getByRole('heading', { name: 'Återbruket Malmö AB' }).waitFor();
    expect(await page.getByText('Inloggad som Karin Lindqvist (arbetskonsulent)').count()).toBe(1);
  });

  it('signs out through Cognito too', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL('**/sign-in');
    expect(seen.logout?.searchParams.get('client_id')).toBe(config.clientId);
    expect(seen.logout?.searchParams.get('logout_uri')).toBe(`${stack.url}/sign-in`);
    await page.goto(`${stack.url}/employers`);
    await page.waitForURL('**/sign-in');
  });
});
