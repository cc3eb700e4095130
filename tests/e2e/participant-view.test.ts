import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { isFocused, newPerson, signIn, switchLanguage, tabTo } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// The participant's own view (lättläst, issue 12): the coach opens it from the profile
// together with the participant; the placements in easy Swedish with pictures, read
// aloud in Swedish (speech synthesis stubbed, so the test hears what would be said),
// "Jag vill veta mer" seen on the profile and taken back. No score anywhere.

const employerName = 'Paketlagret Lättläst AB';
const title = 'Packa paket på lagret';
const description = 'Du packar paket. Du arbetar i lugn takt. En handledare hjälper dig.';

/**
 * Replaces the browser's speech synthesis with a recorder: each `speak` is kept with
 * the utterance's text, language and voice. The device has an English voice first and
 * a Swedish one second, so the page must choose the Swedish one itself.
 */
function stubSpeech() {
  const voices = [
    { name: 'Daniel', lang: 'en-GB', default: true, localService: true, voiceURI: 'daniel' },
    { name: 'Alva', lang: 'sv-SE', default: false, localService: true, voiceURI: 'alva' },
  ];
  const spoken: { text: string; lang: string; voice: string | null }[] = [];
  let cancelled = 0;
  class RecordedUtterance {
    text: string;
    lang = '';
    voice: { name: string } | null = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synthesis = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => voices,
    speak: (utterance: RecordedUtterance) =>
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null }),
    cancel: () => {
      cancelled++;
    },
    pause: () => undefined,
    resume: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  Object.defineProperty(window, 'speechSynthesis', { get: () => synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: RecordedUtterance, configurable: true });
  Object.assign(window, { spoken, cancelledCount: () => cancelled });
}

const spoken = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { spoken: { text: string; lang: string; voice: string }[] }).spoken,
  );
const cancelled = (page: Page) =>
  page.evaluate(() => (window as unknown as { cancelledCount: () => number }).cancelledCount());

describe('the participant’s own view', () => {
  let stack: LocalStack;
  let browser: Browser;
  let coach: Page;
  let participantId: string;
  let placementId: string;

  async function api(method: string, path: string, body?: unknown) {
    const { token } = (await (
      await fetch(`${stack.url}/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: 'malmo-coach' }),
      })
    ).json()) as { token: string };
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await response.json()) as { id: string };
    expect(response.status, `${method} ${path}: ${JSON.stringify(json)}`).toBeLessThan(300);
    return json;
  }

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    const employer = await api('POST', '/v1/employers', {
      orgNumber: '556677-8899',
      name: employerName,
      sectors: ['logistics'],
      contact: { name: 'Pia Paket', email: 'pia@example.se', phone: '040-111111' },
      address: { street: 'Lagergatan 1', postcode: '21122', city: 'Malmö', area: 'Centrum' },
    });
    placementId = (
      await api('POST', `/v1/employers/${employer.id}/placements`, {
        kind: 'learning_placement',
        title,
        sector: 'logistics',
        tasks: ['packing', 'warehouse_picking'],
        traits: ['fine_motor'],
        description,
        seats: 2,
        schedule: { kind: 'halfDay', weekdays: ['mon', 'tue', 'wed'] },
        maxSupportLevel: 3,
        environment: ['indoor'],
        supervisorOnSite: true,
        location: { postcode: '21122', area: 'Centrum' },
        startDate: '2027-03-01',
        status: 'open',
      })
    ).id;
    participantId = (
      await api('POST', '/v1/participants', {
        firstName: 'Nora',
        lastName: 'Lättläst',
        gender: 'woman',
        birthYear: 1996,
        supportLevel: 2,
        interests: ['logistics'],
        preferredTasks: ['packing'],
        capabilities: ['fine_motor', 'standing_long'],
        stage: 'prework',
        availability: { kind: 'fullDay', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
        home: { postcode: '21122', area: 'Centrum' },
      })
    ).id;
    coach = await newPerson(browser);
    await coach.addInitScript(stubSpeech);
    await signIn(coach, stack.url, 'Malmö', /Karin Lindqvist/);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const card = () => coach.getByRole('listitem').filter({ has: coach.getByRole('heading', { name: title }) });
  const readAloud = () => card().getByRole('button', { name: `Läs upp om ${title}` });
  const stopReading = () => card().getByRole('button', { name: `Sluta läsa om ${title}` });
  const interest = () => card().getByRole('button', { name: `Jag vill veta mer om ${title}` });

  it('opens from the profile and shows the placements in easy Swedish, with pictures and no score', async () => {
    await coach.goto(`${stack.url}/participants/${participantId}`);
    const answer = coach.waitForResponse((response) => response.url().endsWith('/easy-read'));
    await coach.getByRole('link', { name: 'Visa för deltagaren (lättläst)' }).click();
    await coach.waitForURL(`**/participants/${participantId}/lattlast`);
    // What the participant's screen receives holds no score, points or number at all.
    const body = await (await answer).text();
    expect(body).not.toMatch(/"(score|points|maxPoints)"|:\s*\d/);
    await coach.getByRole('heading', { level: 1, name: 'Platser för dig, Nora' }).waitFor();
    await card().waitFor();
    const text = (await card().textContent()) ?? '';
    expect(text).toContain('Företaget heter Paketlagret Lättläst AB.');
    expect(text).toContain('Platsen ligger i Centrum.');
    expect(text).toContain('Du kan börja 1 mars 2027.');
    expect(text).toMatch(/Passar (mycket bra|bra|delvis|inte så bra)\./);
    // One idea per line: each sentence of the description is a paragraph of its own.
    expect(
      await card()
        .locator('p', { hasText: /^Du arbetar i lugn takt\.$/ })
        .count(),
    ).toBe(1);
    const page = (await coach.locator('main').textContent()) ?? '';
    expect(page).not.toMatch(/av 100|poäng|\d+[.,]\d/);
    // A picture for the sector and each task, hidden from screen readers: the words say the same.
    const pictures = card().locator('svg');
    expect(await pictures.count()).toBeGreaterThanOrEqual(3);
    for (const picture of await pictures.all())
      expect(await picture.getAttribute('aria-hidden')).toBe('true');
    // Large text.
    const style = await card()
      .locator('p')
      .first()
      .evaluate((element) => {
        const computed = getComputedStyle(element);
        return { size: Number.parseFloat(computed.fontSize), line: Number.parseFloat(computed.lineHeight) };
      });
    expect(style.size).toBeGreaterThanOrEqual(20);
    expect(style.line / style.size).toBeGreaterThanOrEqual(1.5);
  });

  it('fits a 360 px phone and a 1280 px screen (screenshots)', async () => {
    await capture(coach, 'participant-view');
  });

  it('has no WCAG 2.1 A/AA violation, in Swedish and in English', async () => {
    await expectAccessible(coach, 'participant view');
  });

  it('reads the placement aloud in Swedish with the Swedish voice, and stops', async () => {
    await readAloud().click();
    await expect.poll(async () => (await spoken(coach)).length).toBe(1);
    const [said] = await spoken(coach);
    expect(said).toEqual({
      text: `${title}. Hos ${employerName}. ${description}`,
      lang: 'sv-SE',
      voice: 'Alva',
    });
    await stopReading().waitFor();
    const before = await cancelled(coach);
    await stopReading().click();
    await readAloud().waitFor();
    expect(await cancelled(coach)).toBeGreaterThan(before);
  });

  it('reads aloud by keyboard: Enter and Space on the focused button', async () => {
    await coach.reload();
    await readAloud().waitFor();
    await tabTo(coach, readAloud());
    await coach.keyboard.press('Enter');
    await expect.poll(async () => (await spoken(coach)).length).toBe(1);
    expect(await isFocused(stopReading())).toBe(true);
    await coach.keyboard.press('Space');
    await readAloud().waitFor();
    await coach.keyboard.press('Space');
    await expect.poll(async () => (await spoken(coach)).length).toBe(2);
    for (const said of await spoken(coach)) {
      expect(said.lang).toBe('sv-SE');
      expect(said.voice).toBe('Alva');
      expect(said.text).toContain(description);
    }
    await coach.keyboard.press('Enter');
    await readAloud().waitFor();
    expect(await isFocused(readAloud())).toBe(true);
  });

  it('reads Swedish even when the page is in English', async () => {
    await switchLanguage(coach, 'en');
    await card()
      .getByRole('button', { name: `Read aloud about ${title}` })
      .click();
    const all = await spoken(coach);
    expect(all.at(-1)).toEqual({
      text: `${title}. Hos ${employerName}. ${description}`,
      lang: 'sv-SE',
      voice: 'Alva',
    });
    await coach.getByRole('heading', { level: 1, name: 'Places for you, Nora' }).waitFor();
    await card()
      .getByRole('button', { name: `Stop reading about ${title}` })
      .click();
    await switchLanguage(coach, 'sv');
  });

  it('marks "Jag vill veta mer" by keyboard, and the coach sees it on the profile; it can be taken back', async () => {
    await interest().waitFor();
    expect(await interest().getAttribute('aria-pressed')).toBe('false');
    await interest().focus();
    await coach.keyboard.press('Enter');
    await expect.poll(() => interest().getAttribute('aria-pressed')).toBe('true');
    await card().getByText('Bra! Din arbetskonsulent ser att du vill veta mer.').waitFor();

    await coach.getByRole('link', { name: 'Tillbaka till profilen' }).click();
    await coach.waitForURL(`**/participants/${participantId}`);
    const section = coach.getByRole('region', { name: 'Deltagaren vill veta mer' });
    await section.getByText(`Vill veta mer om: ${title} (${employerName})`).waitFor();
    const today = new Date().toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' });
    await section.getByText(`Markerad ${today}`).waitFor();

    // The mark is stored: the view shows it pressed when opened again, and pressing takes it back.
    await coach.getByRole('link', { name: 'Visa för deltagaren (lättläst)' }).click();
    await expect.poll(() => interest().getAttribute('aria-pressed')).toBe('true');
    await interest().click();
    await expect.poll(() => interest().getAttribute('aria-pressed')).toBe('false');
    await coach.goto(`${stack.url}/participants/${participantId}`);
    await section.getByText('Deltagaren har inte markerat någon plats än.').waitFor();
  });

  it('marks again and the coach removes it on the profile', async () => {
    await api('PUT', `/v1/participants/${participantId}/interests/${placementId}`);
    await coach.reload();
    const section = coach.getByRole('region', { name: 'Deltagaren vill veta mer' });
    await section.getByText(`Vill veta mer om: ${title} (${employerName})`).waitFor();
    await section.getByRole('button', { name: `Ta bort att deltagaren vill veta mer om ${title}` }).click();
    await section.getByText('Deltagaren har inte markerat någon plats än.').waitFor();
  });

  it('says so, and shows no read-aloud button, when the browser cannot speak', async () => {
    const mute = await newPerson(browser);
    await mute.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
    await signIn(mute, stack.url, 'Malmö', /Karin Lindqvist/);
    await mute.goto(`${stack.url}/participants/${participantId}/lattlast`);
    await mute.getByText('Den här webbläsaren kan inte läsa upp text.').waitFor();
    expect(await mute.getByRole('button', { name: /Läs upp/ }).count()).toBe(0);
    await mute.getByRole('button', { name: `Jag vill veta mer om ${title}` }).waitFor();
    await mute.context().close();
  });

  it('is reached from the matching page too', async () => {
    await coach.goto(`${stack.url}/participants/${participantId}/matching`);
    await coach.getByRole('link', { name: 'Visa för deltagaren (lättläst)' }).click();
    await coach.waitForURL(`**/participants/${participantId}/lattlast`);
    await coach.getByRole('heading', { level: 1, name: 'Platser för dig, Nora' }).waitFor();
  });
});
