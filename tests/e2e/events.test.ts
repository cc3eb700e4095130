import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../functions/local/demo-data.ts';
import type { LocalStack } from '../../functions/local/server.ts';
import { stockholmToUtc } from '../../shared/domain/event-time.ts';
import { expectAccessible } from './support/a11y.ts';
import { signIn } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// One story: two members of the public sign up on a phone (360 px) for a Kompetenspass
// with one seat; the first gets it, the second the waitlist. The first finds the
// confirmation in the outbox and cancels by its link; the second is promoted. On the
// day, the coach checks people in on a tablet.

const title = 'Kompetenspass: pengar och jobb';
const first = { name: 'Alva Lind', email: 'alva.lind@example.se' };
const second = { name: 'Bo Berg', email: 'bo.berg@example.se' };

interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: string }[];
}

describe('public sign-up, cancel by link, promotion, and check-in', () => {
  let stack: LocalStack;
  let browser: Browser;
  let eventId: string;

  const outbox = async (): Promise<Mail[]> =>
    ((await (await fetch(`${stack.url}/v1/dev/outbox`)).json()) as { items: Mail[] }).items;

  const phone = async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    return context.newPage();
  };

  async function signUp(page: Page, person: { name: string; email: string }) {
    await page.goto(`${stack.url}/malmo/evenemang`);
    await page.getByRole('link', { name: `Läs mer och anmäl dig till ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByLabel('Ditt namn').fill(person.name);
    await page.getByLabel('E-post').fill(person.email);
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  }

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    const coach = demoUsers.find((user) => user.id === 'malmo-coach')!;
    const date = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const response = await fetch(`${stack.url}/v1/events`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await stack.issuer.issueToken(coach)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        kind: 'kompetenspass',
        title,
        description: 'Vi pratar om lön, ersättning och vad som händer när du börjar jobba.',
        sessions: [{ startsAt: stockholmToUtc(date, '10:00'), endsAt: stockholmToUtc(date, '11:30') }],
        place: {
          name: 'Träffpunkten',
          street: 'Storgatan 1',
          postcode: '21122',
          city: 'Malmö',
          accessibility: { stepFree: true, hearingLoop: true, quietRoom: false },
        },
        seats: { participant: 1 },
        signupDeadline: stockholmToUtc(date, '08:00'),
        status: 'published',
      }),
    });
    const created = (await response.json()) as { id: string };
    expect(response.status, JSON.stringify(created)).toBe(201);
    eventId = created.id;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lets a member of the public sign up on a 360 px phone, and the next one join the waitlist', async () => {
    const alva = await phone();
    await alva.goto(`${stack.url}/malmo/evenemang`);
    await alva.getByRole('heading', { level: 2, name: title }).waitFor();
    await expectAccessible(alva, 'public event list');
    await signUp(alva, first);
    await alva.getByText('Du är anmäld. Välkommen!').waitFor();
    await expectAccessible(alva, 'sign-up confirmation');
    // Nothing is wider than the phone.
    expect(await alva.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const bo = await phone();
    await signUp(bo, second);
    await bo.getByText('Det är fullt. Du står som nummer 1 på väntelistan.').waitFor();
  });

  it('finds the confirmation in the outbox, cancels by its link, and promotes the first waitlisted', async () => {
    const mail = (await outbox()).find((item) => item.to === first.email)!;
    expect(mail.subject).toBe(`Du är anmäld: ${title}`);
    expect(mail.attachments?.[0]?.content).toMatch(/BEGIN:VCALENDAR/);
    const link = /https?:\/\/\S+\/avboka\/\S+/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeDefined();

    const alva = await phone();
    await alva.goto(link!);
    await alva.getByRole('heading', { level: 1, name: 'Avboka anmälan' }).waitFor();
    await expectAccessible(alva, 'cancel page');
    await alva.getByRole('button', { name: 'Ja, avboka' }).click();
    await alva.getByText(`Din anmälan till ${title} är avbokad.`).waitFor();

    await expect
      .poll(async () =>
        (await outbox()).find((item) => item.to === second.email && /fått en plats/.test(item.subject)),
      )
      .toBeDefined();
  });

  it('lets the coach check people in on a tablet', async () => {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'sv-SE' });
    const coach = await context.newPage();
    await signIn(coach, stack.url, 'Malmö', /Karin Lindqvist/);
    await coach.goto(`${stack.url}/events/${eventId}`);
    await coach.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectAccessible(coach, 'event admin');
    await coach.getByRole('link', { name: 'Närvaro på plats' }).click();
    await coach.getByLabel('Sök på namn').fill('bo');
    await expectAccessible(coach, 'check-in');
    await coach.getByRole('button', { name: `Kom: ${second.name}` }).click();
    await coach.getByRole('button', { name: `Ångra: ${second.name}` }).waitFor();
    await coach.getByLabel('Sök på namn').fill('');
    await coach.getByLabel('Namn', { exact: true }).fill('Kim Kommer');
    await coach.getByRole('button', { name: 'Lägg till' }).click();
    await coach.getByRole('button', { name: 'Ångra: Kim Kommer' }).waitFor();
  });
  it('lets the coach create a two-session Kompetenspass from the form, change it, sign up a participant, and call it off', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const coach = await context.newPage();
    await signIn(coach, stack.url, 'Malmö', /Karin Lindqvist/);
    await coach.goto(`${stack.url}/events`);
    await coach.getByRole('heading', { level: 2, name: 'Nytt evenemang' }).waitFor();
    // Saving an empty form names what is missing, the date first among the times.
    await coach.getByRole('button', { name: 'Spara', exact: true }).click();
    await coach.getByRole('link', { name: /Datum/ }).first().waitFor();
    expect(await coach.locator('#field-title-error').textContent()).toMatch(/\S/);

    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await coach.getByLabel('Typ').selectOption('kompetenspass');
    await coach.getByLabel('Rubrik').fill('Kompetenspass i två delar');
    await coach.getByLabel('Beskrivning i enkla ord').fill('Två träffar om arbetslivet. Vi börjar med lön.');
    await coach.getByLabel('Datum', { exact: true }).fill(day(20));
    await coach.getByRole('button', { name: 'Lägg till ett tillfälle' }).click();
    // The new session is a week later at the same time.
    expect(await coach.getByLabel('Datum (Tillfälle 2)').inputValue()).toBe(day(27));
    await coach.getByLabel('Plats', { exact: true }).fill('Träffpunkten');
    await coach.getByLabel('Gatuadress').fill('Storgatan 1');
    await coach.getByLabel('Postnummer').fill('21122');
    await coach.getByLabel('Ort').fill('Malmö');
    await coach.getByLabel('Platser för deltagare').fill('5');
    await coach.getByLabel('Sista anmälningsdag').fill(day(18));
    await expectAccessible(coach, 'new event form');
    await coach.getByRole('button', { name: 'Spara', exact: true }).click();
    await coach.getByRole('heading', { level: 1, name: 'Kompetenspass i två delar' }).waitFor();
    const created = /\/events\/([^/]+)$/.exec(new URL(coach.url()).pathname)![1]!;

    await coach.getByRole('link', { name: 'Ändra' }).click();
    await coach.getByRole('heading', { level: 1, name: 'Ändra Kompetenspass i två delar' }).waitFor();
    await expectAccessible(coach, 'edit event form');
    expect(await coach.getByLabel('Datum (Tillfälle 2)').inputValue()).toBe(day(27));
    await coach.getByLabel('Rubrik').fill('Kompetenspass: lön och stöd');
    await coach.getByRole('button', { name: 'Spara ändringarna' }).click();
    await coach.getByRole('heading', { level: 1, name: 'Kompetenspass: lön och stöd' }).waitFor();

    await coach
      .getByRole('combobox', { name: 'Deltagare', exact: true })
      .selectOption({ label: 'Elin Persson' });
    await coach.getByLabel('Stödperson som följer med (valfritt)').fill('Stöd Stefan');
    await coach.getByRole('button', { name: 'Anmäl', exact: true }).click();
    await coach.getByText('Elin Persson är anmäld.').waitFor();
    await coach.getByText(/Stöd Stefan \(följer med Elin Persson\)/).waitFor();

    // A member of the public signs up too, so someone gets the letter when it is called off.
    const publicSignup = await fetch(`${stack.url}/v1/public/malmo/events/${created}/signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Cia Ek', email: 'cia.ek@example.se' }),
    });
    expect(publicSignup.status).toBe(201);
    await coach.getByRole('button', { name: 'Ställ in' }).click();
    await coach.getByText(/Alla som är anmälda får ett brev/).waitFor();
    await coach.getByRole('button', { name: 'Ja, ställ in' }).click();
    await coach
      .getByText(/Inställt/)
      .first()
      .waitFor();
    await expect
      .poll(async () =>
        (await outbox()).filter(
          (mail) => mail.to === 'cia.ek@example.se' && mail.subject.startsWith('Inställt'),
        ),
      )
      .toHaveLength(1);

    const visitor = await phone();
    await visitor.goto(`${stack.url}/malmo/evenemang/${created}`);
    await visitor.getByText('Träffen är inställd. Den blir inte av.').waitFor();
    expect(await visitor.getByRole('button', { name: 'Skicka anmälan' }).count()).toBe(0);
  });
  it('lets an employer sign up a colleague for a forum on a phone, and names what is missing first', async () => {
    const coachUser = demoUsers.find((user) => user.id === 'malmo-coach')!;
    const date = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);
    const forum = await fetch(`${stack.url}/v1/events`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await stack.issuer.issueToken(coachUser)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        kind: 'forum',
        title: 'Forumträff för arbetsgivare',
        description: 'Arbetsgivare och deltagare träffas och pratar om jobb.',
        sessions: [{ startsAt: stockholmToUtc(date, '13:00'), endsAt: stockholmToUtc(date, '15:00') }],
        place: {
          name: 'Stadshuset',
          street: 'August Palms plats 1',
          postcode: '21154',
          city: 'Malmö',
          accessibility: { stepFree: true, hearingLoop: false, quietRoom: true },
        },
        seats: { participant: 10, employer: 5 },
        signupDeadline: stockholmToUtc(date, '08:00'),
        status: 'published',
      }),
    });
    expect(forum.status).toBe(201);

    const employer = await phone();
    await signIn(employer, stack.url, 'Malmö', /Johan Berg/);
    await employer.goto(`${stack.url}/company/events`);
    await employer.getByRole('heading', { level: 2, name: 'Anmäl någon från företaget' }).waitFor();
    await employer.getByRole('button', { name: 'Anmäl dig' }).click();
    await employer.locator('#field-eventId-error').waitFor();
    await employer
      .getByLabel('Evenemang', { exact: true })
      .selectOption({ label: 'Forumträff för arbetsgivare' });
    await employer.getByLabel('Ditt namn').fill('Maja Berg');
    await employer.getByLabel('E-post').fill('maja.berg@example.se');
    await employer.getByRole('button', { name: 'Anmäl dig' }).click();
    await employer.getByText(/Maja Berg – Forumträff för arbetsgivare .* – Bekräftad/).waitFor();
    await expectAccessible(employer, 'company events');
    expect(await employer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
