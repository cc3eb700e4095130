import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../functions/local/demo-data.ts';
import type { LocalStack } from '../../functions/local/server.ts';
import { formatOrgNumber, luhnCheckDigit } from '../../shared/domain/org-number.ts';
import { expectAccessible } from './support/a11y.ts';
import { newPerson, signIn } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// One story, in order: a coach registers a municipal unit under the municipality's own
// number (the demo data has Malmö stad's Stadsbiblioteket) and invites its contact; the
// contact opens the mailed link from the local outbox, joins, and answers a proposal.

// Malmö stad's number, as the demo data builds it.
const malmoStad = formatOrgNumber(`212000112${luhnCheckDigit('212000112')}`);
const unit = 'Rosengårds bibliotek';
const shownAs = `${unit}, Malmö stad`;
const contact = { name: 'Rosa Bok', email: 'rosa.bok@rosengard.example' };
const placementTitle = 'Sortera böcker som kommer tillbaka';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

async function fillEmployer(page: Page) {
  await page.getByLabel('Företagets namn').fill('Malmö stad');
  await page.getByLabel('Organisationsnummer').fill(malmoStad);
  await page.getByLabel(/Enhet eller arbetsställe/).fill(unit);
  await page.getByRole('checkbox', { name: 'Bibliotek och kultur' }).check();
  await page.getByLabel('Gatuadress').fill('Rosengårds centrum 5');
  await page.getByLabel('Postnummer').fill('213 66');
  await page.getByLabel('Ort').fill('Malmö');
  await page.getByLabel('Kommundel').fill('Rosengård');
  await page.getByLabel('Namn', { exact: true }).fill(contact.name);
  await page.getByLabel('Telefon').fill('040-34 56 78');
  await page.getByLabel('E-post').fill(contact.email);
}

describe('a coach registers a unit and invites its contact, who joins and answers a proposal', () => {
  let stack: LocalStack;
  let browser: Browser;
  let coach: Page;
  let invited: Page;
  let employerId: string;
  let link: string;

  /** The coach's API, for what the story needs but does not show (a placement, a proposal). */
  const asCoach = async (method: string, path: string, body?: unknown) => {
    const user = demoUsers.find((candidate) => candidate.id === 'malmo-coach');
    if (!user) throw new Error('The demo data has no malmo-coach');
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await stack.issuer.issueToken(user)}`,
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as { id: string };
    expect(response.status, JSON.stringify(json)).toBe(201);
    return json;
  };

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    coach = await newPerson(browser);
    invited = await newPerson(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lets a coach register a unit under the municipality’s number, with the contact invited', async () => {
    await signIn(coach, stack.url, 'Malmö', /Karin Lindqvist/);
    await coach.getByRole('link', { name: 'Registrera arbetsgivare' }).click();
    await coach.getByRole('heading', { name: 'Registrera arbetsgivare', level: 1 }).waitFor();
    const inviteBox = coach.getByRole('checkbox', { name: 'Bjud in kontaktpersonen till Bryggan nu' });
    expect(await inviteBox.isChecked()).toBe(true);
    await fillEmployer(coach);
    await expectAccessible(coach, 'register employer');
    await capture(coach, 'register-employer');

    await coach.getByRole('button', { name: 'Registrera', exact: true }).click();
    await coach.waitForURL(/\/employers\/[0-9A-Z]{26}$/);
    employerId = new URL(coach.url()).pathname.split('/').at(-1) ?? '';
    await coach
      .getByText('Arbetsgivaren är registrerad och kontaktpersonen har fått en inbjudan med e-post.')
      .waitFor();
    await coach.getByRole('heading', { name: shownAs, level: 2 }).waitFor();
    const people = coach.getByRole('region', { name: 'Användare' });
    await people.getByText('Ingen kan logga in för arbetsgivaren än.', { exact: false }).waitFor();
    await people.getByText(contact.email).waitFor();
    await expectAccessible(coach, 'employer page with an invitation');
    await capture(coach, 'employer-people');
  });

  it('shows who already holds the same number and unit on the org number field', async () => {
    await coach.goto(`${stack.url}/employers/new`);
    await coach.getByRole('heading', { name: 'Registrera arbetsgivare', level: 1 }).waitFor();
    await fillEmployer(coach);
    await coach.getByRole('button', { name: 'Registrera', exact: true }).click();
    const message = `”${shownAs}” har redan organisationsnumret med den enheten.`;
    await coach.getByRole('region', { name: /Det finns 1 fel att rätta/ }).waitFor();
    const field = coach.getByLabel('Organisationsnummer');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await coach.locator('#field-orgNumber-error').getByText(message, { exact: false }).waitFor();
  });

  it('mails the contact a link that names the company; joining signs them in', async () => {
    const outbox = await fetch(`${stack.url}/v1/dev/outbox`);
    const { items } = (await outbox.json()) as { items: { to: string; text: string }[] };
    const mail = items.find((sent) => sent.to === contact.email);
    const path = mail?.text.match(/\/inbjudan\/\S+/)?.[0];
    expect(path, 'the invitation mail has a link').toBeDefined();
    link = `${stack.url}${path}`;

    await invited.goto(link);
    await invited.getByRole('heading', { name: 'Inbjudan till Bryggan', level: 1 }).waitFor();
    await invited
      .getByText(`Hej ${contact.name}! Du är inbjuden att gå med i ${shownAs} i Bryggan.`)
      .waitFor();
    await expectAccessible(invited, 'invitation');
    await capture(invited, 'invitation');

    await invited.getByRole('button', { name: 'Gå med' }).click();
    await invited.waitForURL('**/company/proposals');
    await invited.getByRole('heading', { name: 'Förslag', level: 1 }).waitFor();
  });

  it('tells someone opening a used or an unknown link what happened', async () => {
    const other = await newPerson(browser);
    await other.goto(link);
    await other.getByRole('heading', { name: 'Inbjudan är använd' }).waitFor();
    await other.goto(`${stack.url}/inbjudan/malmo.${'x'.repeat(43)}`);
    await other.getByRole('heading', { name: 'Inbjudan finns inte' }).waitFor();
    await other.getByText('Be den som bjöd in dig om en ny inbjudan.').waitFor();
    await expectAccessible(other, 'unknown invitation');
    await other.context().close();
  });

  it('lets the new user accept a proposal the coach makes to the unit', async () => {
    const placement = await asCoach('POST', `/v1/employers/${employerId}/placements`, {
      kind: 'learning_placement',
      title: placementTitle,
      sector: 'library_culture',
      tasks: ['book_handling', 'shelving'],
      traits: ['reading'],
      description: 'Du sorterar böcker som lånats tillbaka, i lugn takt med en bibliotekarie.',
      seats: 1,
      schedule: { kind: 'halfDay', weekdays: ['mon', 'wed'] },
      maxSupportLevel: 3,
      environment: ['indoor', 'quiet'],
      supervisorOnSite: true,
      location: { postcode: '21366', area: 'Rosengård' },
      startDate: '2027-02-01',
      status: 'open',
    });
    const participant = await asCoach('POST', '/v1/participants', {
      firstName: 'Iris',
      lastName: 'Läsare',
      gender: 'woman',
      birthYear: 2000,
      coachId: 'malmo-coach',
      interests: ['library_culture'],
      preferredTasks: ['book_handling'],
      availability: { kind: 'fullDay', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      supportLevel: 2,
      environmentNeeds: [],
      capabilities: ['reading', 'standing_long'],
      home: { postcode: '21366', area: 'Rosengård' },
      maxTravelMinutes: 60,
      consent: { sharedSummary: false },
      stage: 'prework',
    });
    await asCoach('POST', '/v1/matches', {
      participantId: participant.id,
      placementId: placement.id,
      consentToShare: false,
    });

    await invited.reload();
    const card = invited
      .getByRole('region', { name: 'Nya förslag' })
      .getByRole('article', { name: placementTitle });
    await card.getByRole('button', { name: `Tacka ja ${placementTitle}` }).click();
    await invited
      .getByText(`Du har tackat ja till förslaget för ${placementTitle}.`, { exact: false })
      .waitFor();
  });

  it('shows the new user the company’s users, and lets them invite a colleague', async () => {
    await menu(invited).getByRole('link', { name: 'Mitt företag' }).click();
    const people = invited.getByRole('region', { name: 'Användare' });
    await people.getByText(`${contact.name} (du)`).waitFor();
    // Nobody removes themself.
    expect(await people.getByRole('button', { name: /Ta bort/ }).count()).toBe(0);
    await people.getByLabel('Namn').fill('Kim Kollega');
    await people.getByLabel('E-post').fill('kim@rosengard.example');
    await people.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await people.getByText('Inbjudan är skickad till Kim Kollega.').waitFor();
    await people.getByText('kim@rosengard.example').waitFor();
    await expectAccessible(invited, 'company users');
    await capture(invited, 'company-users');
  });

  it('lets the coach remove the user, after confirming', async () => {
    await coach.goto(`${stack.url}/employers/${employerId}`);
    const people = coach.getByRole('region', { name: 'Användare' });
    await people.getByRole('button', { name: `Ta bort ${contact.name}` }).click();
    await people.getByText(`Vill du ta bort ${contact.name}?`, { exact: false }).waitFor();
    await expectAccessible(coach, 'confirm removing a user');
    await people.getByRole('button', { name: `Ja, ta bort ${contact.name}` }).click();
    await people.getByText(`${contact.name} är borttagen.`).waitFor();
    await people.getByText('Ingen kan logga in för arbetsgivaren än.', { exact: false }).waitFor();
  });
});
