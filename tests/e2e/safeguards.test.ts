import type { Browser, Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../functions/local/demo-data.ts';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { newPerson, signIn, switchLanguage } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// The API's two safeguards against lost updates and duplicates (docs/api.md) only help if
// the web uses them: If-Match with the ETag of what the person saw (never `*`), and one
// Idempotency-Key per action, kept while the person retries it.

const sorting = 'Sortera och prismärka kläder';
const shop = 'Butiksbiträde i second hand-butiken';
const newTitle = 'Laga och tvätta begagnade cyklar';

interface ApiPlacement {
  id: string;
  title: string;
  status: string;
  description: string;
  version: number;
}

describe('the web keeps the API safeguards', () => {
  let stack: LocalStack;
  let browser: Browser;
  let employer: Page;
  let authorization: string;

  /** The employer's own placements as the API has them now. */
  const placements = async (): Promise<ApiPlacement[]> => {
    const response = await fetch(`${stack.url}/v1/placements?limit=50`, { headers: { authorization } });
    return ((await response.json()) as { items: ApiPlacement[] }).items;
  };
  const placementNamed = async (title: string): Promise<ApiPlacement> => {
    const found = (await placements()).find((placement) => placement.title === title);
    if (!found) throw new Error(`No placement ${title}`);
    return found;
  };
  /** What GET /v1/placements/{id} answers: the record and its ETag. */
  const readPlacement = async (id: string) => {
    const response = await fetch(`${stack.url}/v1/placements/${id}`, { headers: { authorization } });
    return { body: (await response.json()) as ApiPlacement, etag: response.headers.get('etag') };
  };
  const patchesOf = (page: Page, path: string) => {
    const seen: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH' && new URL(request.url()).pathname === path) seen.push(request);
    });
    return seen;
  };
  const placementCard = (title: string) =>
    employer.getByRole('listitem').filter({ has: employer.getByRole('heading', { name: title }) });

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    const user = demoUsers.find((candidate) => candidate.id === 'malmo-employer');
    if (!user) throw new Error('The demo data has no malmo-employer');
    authorization = `Bearer ${await stack.issuer.issueToken(user)}`;
    employer = await newPerson(browser);
    await signIn(employer, stack.url, 'Malmö', /Johan Berg/);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('closes a placement with If-Match set to the ETag the GET returned, never *', async () => {
    const { id } = await placementNamed(sorting);
    const { etag } = await readPlacement(id);
    expect(etag).toMatch(/^"v\d+"$/);
    const patches = patchesOf(employer, `/v1/placements/${id}`);
    // A proxy or cache on the way may drop the ETag header from single reads; the web must
    // still send the ETag of the version it shows rather than fall back to `*`.
    const withoutEtag = async (route: Route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers.etag;
      await route.fulfill({ response, headers });
    };
    await employer.route(`**/v1/placements/${id}`, withoutEtag);

    await employer.goto(`${stack.url}/company`);
    await placementCard(sorting)
      .getByRole('button', { name: `Stäng ${sorting}` })
      .click();
    await placementCard(sorting).getByRole('button', { name: 'Ja, stäng' }).click();
    await employer.getByText(`${sorting}: Stängd.`).waitFor();

    expect(patches).toHaveLength(1);
    const ifMatch = patches[0]?.headers()['if-match'];
    expect(ifMatch).not.toBe('*');
    expect(ifMatch).toBe(etag);

    // The form that changes a placement, too: the ETag of the version it loaded.
    const closed = await readPlacement(id);
    await employer.goto(`${stack.url}/company/placements/${id}`);
    await employer.getByRole('heading', { name: 'Ändra lärandeplats', level: 1 }).waitFor();
    await employer.getByLabel('Antal platser').fill('3');
    await employer.getByRole('button', { name: 'Spara ändringarna' }).click();
    await employer.getByText('Ändringarna är sparade.').waitFor();
    expect(patches).toHaveLength(2);
    expect(patches[1]?.headers()['if-match']).toBe(closed.etag);
    await employer.unroute(`**/v1/placements/${id}`, withoutEtag);
  });

  it('shows that someone else changed a placement, and overwrites nothing', async () => {
    await employer.goto(`${stack.url}/company`);
    const card = placementCard(shop);
    await card.getByRole('button', { name: `Stäng ${shop}` }).waitFor();
    const shown = await placementNamed(shop);

    // Meanwhile the same placement is changed elsewhere, e.g. by a colleague.
    const { etag } = await readPlacement(shown.id);
    const elsewhere = 'Ändrad av en kollega medan sidan var öppen.';
    const changed = await fetch(`${stack.url}/v1/placements/${shown.id}`, {
      method: 'PATCH',
      headers: { authorization, 'content-type': 'application/json', 'if-match': etag ?? '' },
      body: JSON.stringify({ description: elsewhere }),
    });
    expect(changed.status).toBe(200);
    const patches = patchesOf(employer, `/v1/placements/${shown.id}`);

    await card.getByRole('button', { name: `Stäng ${shop}` }).click();
    await card.getByRole('button', { name: 'Ja, stäng' }).click();
    const conflict = employer.getByRole('alert').filter({ hasText: 'Någon annan har ändrat lärandeplatsen' });
    await conflict.waitFor();
    expect(patches.map((request) => request.headers()['if-match'])).toEqual([`"v${shown.version}"`]);
    const now = (await readPlacement(shown.id)).body;
    expect({ status: now.status, description: now.description }).toEqual({
      status: 'open',
      description: elsewhere,
    });
    await switchLanguage(employer, 'en');
    await employer.getByRole('alert').filter({ hasText: 'Someone else changed the placement' }).waitFor();
    await switchLanguage(employer, 'sv');
    await expectAccessible(employer, 'placements, changed elsewhere');

    // Reloading shows the latest version; closing it then is a choice made knowing it.
    await conflict.getByRole('button', { name: 'Hämta den senaste versionen' }).click();
    await card.getByRole('button', { name: `Stäng ${shop}` }).click();
    await card.getByRole('button', { name: 'Ja, stäng' }).click();
    await employer.getByText(`${shop}: Stängd.`).waitFor();
    expect(patches.at(-1)?.headers()['if-match']).toBe(`"v${now.version}"`);
    expect((await readPlacement(shown.id)).body).toMatchObject({ status: 'closed', description: elsewhere });
  });

  it('sends one Idempotency-Key for a submit and its retries, and creates one placement', async () => {
    const keys: (string | undefined)[] = [];
    let attempt = 0;
    // First the answer is lost after the API created the placement, then the API is briefly
    // unavailable; each time the person presses the button again.
    await employer.route('**/v1/employers/*/placements', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key']);
      attempt += 1;
      if (attempt === 1) {
        await route.fetch();
        return route.abort('failed');
      }
      if (attempt === 2) {
        return route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({ title: 'Service unavailable', status: 503 }),
        });
      }
      return route.continue();
    });

    await employer.goto(`${stack.url}/company/placements/new`);
    await employer.getByRole('heading', { name: 'Ny lärandeplats', level: 1 }).waitFor();
    await employer.getByLabel('Rubrik').fill(newTitle);
    await employer.getByLabel('Beskrivning').fill('Du lagar cyklar tillsammans med oss i verkstaden.');
    await employer.getByRole('checkbox', { name: 'Sortera saker', exact: true }).check();
    await employer.getByRole('radio', { name: 'Halvdag' }).check();
    await employer.getByRole('checkbox', { name: 'Tisdag', exact: true }).check();
    await employer.getByLabel('Startdatum').fill('2027-03-01');
    await employer.getByRole('radio', { name: /Nivå 2/ }).check();

    const publish = employer.getByRole('button', { name: 'Publicera' });
    const failed = employer.getByText('Det gick inte att spara. Försök igen om en stund.').first();
    await publish.click();
    await failed.waitFor();
    // Nothing to fix in a field: the summary says it was not saved, not "1 thing to fix".
    await employer.getByRole('region', { name: 'Det gick inte att spara' }).waitFor();
    await publish.click();
    await expect.poll(() => attempt).toBe(2);
    await failed.waitFor();
    await publish.click();
    await employer.waitForURL('**/company');
    await employer.getByText('Lärandeplatsen är publicerad.').waitFor();
    await employer.unrouteAll();

    const created = (await placements()).filter((placement) => placement.title === newTitle);
    expect(created).toHaveLength(1);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    expect(new Set(keys).size).toBe(1);
    const shown = employer.getByRole('heading', { name: newTitle });
    await shown.waitFor();
    expect(await shown.count()).toBe(1);
  });

  it('sends a new Idempotency-Key once the person changes what they submit', async () => {
    const keys: (string | undefined)[] = [];
    await employer.route('**/v1/employers/*/placements', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key']);
      if (keys.length > 1) return route.continue();
      return route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Service unavailable', status: 503 }),
      });
    });

    await employer.goto(`${stack.url}/company/placements/new`);
    await employer.getByRole('heading', { name: 'Ny lärandeplats', level: 1 }).waitFor();
    await employer.getByLabel('Rubrik').fill('Tvätta och vika handdukar');
    await employer.getByLabel('Beskrivning').fill('Du tvättar och viker handdukar åt caféet.');
    await employer.getByRole('button', { name: /^Visa fler uppgifter/ }).click();
    await employer.getByRole('checkbox', { name: 'Tvätta och vika', exact: true }).check();
    await employer.getByRole('radio', { name: 'Heldag' }).check();
    await employer.getByRole('checkbox', { name: 'Fredag', exact: true }).check();
    await employer.getByLabel('Startdatum').fill('2027-04-05');
    await employer.getByRole('radio', { name: /Nivå 1/ }).check();
    await employer.getByRole('button', { name: 'Spara som utkast' }).click();
    await employer.getByText('Det gick inte att spara. Försök igen om en stund.').first().waitFor();

    // A different request is a different action: it must not replay (or be refused as) the first.
    await employer.getByLabel('Rubrik').fill('Tvätta och vika handdukar och förkläden');
    await employer.getByRole('button', { name: 'Spara som utkast' }).click();
    await employer.waitForURL('**/company');
    await employer.unrouteAll();

    expect(keys).toHaveLength(2);
    expect(keys[1]).toBeDefined();
    expect(keys[1]).not.toBe(keys[0]);
    const titles = (await placements()).map((placement) => placement.title);
    expect(titles.filter((title) => title.startsWith('Tvätta och vika handdukar'))).toEqual([
      'Tvätta och vika handdukar och förkläden',
    ]);
  });
});
