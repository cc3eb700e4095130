import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../functions/local/demo-data.ts';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { isFocused, newPerson, signIn, switchLanguage } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// One story, in order: a coach adds a participant, records a step on the pathway, reads
// why placements match and proposes the best one with the participant's consent; the
// employer sees only the consented summary and accepts; the coach sees the seat taken.
// A participant in group activity is matched to a company group and started. Then the
// coach turns a batch suggestion into a proposal.

const firstName = 'Alva';
const lastName = 'Sandberg';
const goal = 'Jag vill arbeta med kläder.';
const topPlacement = 'Sortera och prismärka kläder';
const employerName = 'Återbruket Malmö AB';
const companyGroup = 'Företagsgrupp: sortera och laga saker';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

describe('participants, explainable matching and the match lifecycle', () => {
  let stack: LocalStack;
  let browser: Browser;
  let coach: Page;
  let employer: Page;
  let participantUrl: string;

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();
    coach = await newPerson(browser);
    employer = await newPerson(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lists the participants and filters them to the coach’s own', async () => {
    await signIn(coach, stack.url, 'Malmö', /Karin Lindqvist/);
    await menu(coach).getByRole('link', { name: 'Deltagare' }).click();
    await coach.waitForURL('**/participants');
    const list = coach.getByRole('list', { name: 'Deltagare' });
    await list.getByRole('heading', { name: 'Elin Persson' }).waitFor();
    await coach.getByLabel('Steg').selectOption({ label: 'Förarbete' });
    await coach.getByRole('checkbox', { name: 'Bara mina deltagare' }).check();
    await coach.getByRole('button', { name: 'Visa deltagare' }).click();
    await coach.waitForURL((url) => url.search.includes('stage=prework') && url.search.includes('mine=1'));
    await coach.getByText('2 deltagare', { exact: true }).waitFor();
    expect(await list.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining(['Elin Persson', 'Omar Hassan']),
    );
    await expectAccessible(coach, 'participants');
    await capture(coach, 'participants');
  });

  it('lets the coach add a participant after fixing what the form points out', async () => {
    await coach.getByRole('link', { name: 'Lägg till en deltagare' }).click();
    await coach.getByRole('heading', { name: 'Ny deltagare', level: 1 }).waitFor();
    // Nothing on the form asks for a personnummer or a diagnosis.
    expect(await coach.getByText(/personnummer/i).count()).toBe(1); // only the intro's "never write"
    expect(await coach.getByLabel(/personnummer|diagnos/i).count()).toBe(0);

    await coach.getByLabel('Förnamn').fill(firstName);
    await coach.getByLabel('Efternamn').fill(lastName);
    await coach.getByRole('radio', { name: 'Kvinna' }).check();
    await coach.getByLabel('Födelseår').fill('1999');
    await coach.getByRole('checkbox', { name: 'Butik och handel', exact: true }).check();
    await coach.getByRole('checkbox', { name: 'Second hand och återbruk', exact: true }).check();
    // Put second hand first with the move buttons; focus stays on the moved item.
    const moveUp = coach.getByRole('button', { name: 'Flytta upp Second hand och återbruk' });
    await moveUp.click();
    const ranking = coach.getByRole('list', { name: /Ordningen/ });
    await expect
      .poll(() => ranking.locator('.ranking__name').allTextContents())
      .toEqual(['Second hand och återbruk', 'Butik och handel']);
    expect(await isFocused(coach.getByRole('button', { name: 'Flytta ner Second hand och återbruk' }))).toBe(
      true,
    );
    await coach.getByText('Second hand och återbruk är nu nummer 1 av 2.').waitFor();

    await coach.getByRole('checkbox', { name: 'Sortera saker', exact: true }).check();
    await coach.getByRole('checkbox', { name: 'Sätta prislappar', exact: true }).check();
    await coach.getByRole('radio', { name: 'Halvdag' }).check();
    for (const day of ['Måndag', 'Tisdag', 'Onsdag', 'Torsdag']) {
      await coach.getByRole('checkbox', { name: day, exact: true }).check();
    }
    await coach.getByRole('radio', { name: /Nivå 2/ }).check();
    await coach.getByRole('checkbox', { name: 'Behöver en lugn och tyst miljö' }).check();
    const abilities = coach.getByRole('group', { name: 'Vad personen klarar' });
    await abilities.getByRole('group', { name: 'Kroppen' }).waitFor();
    for (const ability of ['Göra noggranna saker med fingrarna', 'Läsa', 'Räkna']) {
      await abilities.getByRole('checkbox', { name: ability, exact: true }).check();
    }
    await coach.getByLabel('Postnummer hemma').fill('2112');
    await coach.getByLabel('Kommundel').fill('Centrum');
    await coach.getByLabel(/Personens mål/).fill(goal);
    // An employer sees a summary only when the profile says so, as well as the proposal.
    await coach
      .getByRole('checkbox', {
        name: 'Personen har sagt ja till att arbetsgivare får se en kort sammanfattning',
      })
      .check();

    await coach.getByRole('button', { name: 'Spara deltagaren' }).click();
    const summary = coach.getByRole('region', { name: 'Det finns 1 fel att rätta' });
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    await summary.getByRole('link', { name: /Postnummer hemma: Skriv postnumret med fem siffror/ }).click();
    const postcode = coach.getByLabel('Postnummer hemma');
    expect(await isFocused(postcode)).toBe(true);
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(coach, 'participant form with an error');
    await capture(coach, 'participant-form-error');

    await postcode.fill('211 20');
    await coach.getByRole('button', { name: 'Spara deltagaren' }).click();
    await coach.getByRole('heading', { name: `${firstName} ${lastName}`, level: 1 }).waitFor();
    participantUrl = coach.url();
    await coach.getByText('Deltagaren är sparad.').waitFor();
    const profile = coach.getByRole('region', { name: 'Profil' });
    expect(await profile.locator('.inline-ranking li').allTextContents()).toEqual([
      'Second hand och återbruk',
      'Butik och handel',
    ]);
    await profile.getByText(`”${goal}”`).waitFor();
  });

  it('records the next step on the pathway, offering only the steps allowed from here', async () => {
    const pathway = coach.getByRole('region', { name: 'Vägen mot arbete' });
    await pathway.getByText('Började i gruppverksamhet').waitFor();
    const next = pathway.getByLabel('Nästa steg', { exact: true });
    expect(await next.locator('option').allTextContents()).toEqual([
      'Välj ett steg',
      'Enskild plats',
      'Studier',
      'Avslut',
    ]);
    await expectAccessible(coach, 'participant page');
    await capture(coach, 'participant');

    await next.selectOption({ label: 'Enskild plats' });
    await pathway.getByLabel('Anteckning (valfritt)').fill('Provar en egen plats.');
    await pathway.getByRole('button', { name: 'Registrera steget' }).click();
    const saved = pathway.getByText('Steget är registrerat. Deltagaren är nu i enskild plats.');
    await saved.waitFor();
    await pathway.getByText('Från gruppverksamhet till enskild plats').waitFor();
    expect(await pathway.getByRole('listitem').count()).toBe(2);
    expect(
      await pathway.getByLabel('Nästa steg', { exact: true }).locator('option').allTextContents(),
    ).toContain('Förarbete');
    // A learning placement is started from prework (shared/domain/placement-kind.ts).
    await pathway.getByLabel('Nästa steg', { exact: true }).selectOption({ label: 'Förarbete' });
    await pathway.getByRole('button', { name: 'Registrera steget' }).click();
    await pathway.getByText('Steget är registrerat. Deltagaren är nu i förarbete.').waitFor();
  });

  it('explains why placements match, shows the excluded ones on request, and proposes the best', async () => {
    await coach.getByRole('link', { name: 'Matchande platser' }).click();
    await coach
      .getByRole('heading', { name: `Matchande platser för ${firstName} ${lastName}`, level: 1 })
      .waitFor();
    const ranked = coach.getByRole('list', { name: 'Matchande platser' });
    await ranked.getByRole('heading').first().waitFor();
    const top = ranked.getByRole('article').first();
    expect(await top.getByRole('heading', { level: 2 }).textContent()).toBe(topPlacement);
    await top
      .getByText(/Hur bra det passar: Passar (mycket bra|bra|delvis|inte så bra), \d+ av 100/)
      .waitFor();
    expect(await top.locator('.reasons__list').first().textContent()).not.toMatch(/poäng|\d,\d/);
    await top.getByText('Platsen är inom second hand och återbruk, som är ditt förstahandsval.').waitFor();
    await top.getByText('Platsen är lugn och tyst, som du vill.').waitFor();

    const toggle = coach.getByRole('button', { name: /Visa platser som inte passar/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const excluded = coach.getByRole('region', { name: 'Platser som inte passar' });
    await excluded
      .getByRole('article', { name: 'Packa paket i lagret' })
      .getByText('Platsen är bullrig, och du behöver en lugn och tyst miljö.')
      .waitFor();
    // A company group is for people in group activity.
    await excluded
      .getByRole('article', { name: companyGroup })
      .getByText(
        'Platsen är en företagsgrupp, som passar den som är i gruppverksamhet. Ditt steg just nu är förarbete.',
      )
      .waitFor();

    await switchLanguage(coach, 'en');
    await coach.getByText('The placement is in second hand and reuse, your first choice.').waitFor();
    await switchLanguage(coach, 'sv');
    await expectAccessible(coach, 'matching placements');
    await capture(coach, 'participant-matching');

    await top.getByRole('button', { name: `Föreslå ${topPlacement}` }).click();
    const consent = top.getByRole('checkbox', {
      name: `${firstName} har sagt ja till att ${employerName} får se en kort sammanfattning`,
    });
    await consent.check();
    await expectAccessible(coach, 'propose with consent');
    await top.getByRole('button', { name: 'Skicka förslaget' }).click();
    await top.getByText(`Förslaget är skickat. ${employerName} ser det under Förslag.`).waitFor();
  });

  it('shows the employer only the consented summary, and lets the employer accept', async () => {
    await signIn(employer, stack.url, 'Malmö', /Johan Berg/);
    // The menu says how many proposals wait for an answer.
    const proposalsLink = menu(employer).getByRole('link', { name: /^Förslag/ });
    const shownCount = proposalsLink.locator('.nav-count');
    await shownCount.waitFor();
    const waiting = Number(await shownCount.textContent());
    expect(await proposalsLink.textContent()).toMatch(new RegExp(`${waiting} nytt? förslag`));
    expect(waiting).toBeGreaterThanOrEqual(1);
    await proposalsLink.click();
    await employer.getByRole('heading', { name: 'Förslag', level: 1 }).waitFor();
    const fresh = employer.getByRole('region', { name: 'Nya förslag' });
    const card = fresh.getByRole('article', { name: topPlacement });
    // Whom to call: the coach who proposed, with the phone the coach gave.
    await card.getByText('Arbetskonsulent: Karin Lindqvist').waitFor();
    expect(await card.getByRole('link', { name: 'Ring 070-174 06 10' }).getAttribute('href')).toBe(
      'tel:0701740610',
    );
    await card.getByText('Deltagaren har sagt ja till att du får se en kort sammanfattning.').waitFor();
    await card.getByText(firstName, { exact: true }).waitFor();
    await card.getByText(`”${goal}”`).waitFor();
    await card.getByText('Behöver en introduktion och någon att fråga under dagen.').waitFor();
    // Never the last name, the year of birth or the rest of the profile.
    expect(await employer.getByText(lastName).count()).toBe(0);
    expect(await employer.getByText('1999').count()).toBe(0);
    expect(await employer.getByText('Behöver en lugn och tyst miljö').count()).toBe(0);
    await card.getByText('0 av 2 platser tillsatta', { exact: false }).waitFor();
    await expectAccessible(employer, 'proposals');
    await capture(employer, 'proposals');

    await card.getByRole('button', { name: `Tacka ja ${topPlacement}` }).click();
    await employer
      .getByText(`Du har tackat ja till förslaget för ${topPlacement}.`, { exact: false })
      .waitFor();
    // One fewer waits for an answer now.
    await expect
      .poll(async () => ((await shownCount.count()) ? Number(await shownCount.textContent()) : 0))
      .toBe(waiting - 1);
    const answered = employer.getByRole('region', { name: 'Tidigare förslag' }).getByRole('article', {
      name: topPlacement,
    });
    expect(await answered.locator('.badge').textContent()).toBe('Accepterad');
    await answered.getByText('1 av 2 platser tillsatta', { exact: false }).waitFor();
    expect(await employer.getByText(lastName).count()).toBe(0);
  });

  it('shows the coach the proposal accepted and the seat taken', async () => {
    await coach.goto(participantUrl);
    const proposals = coach.getByRole('region', { name: 'Förslag till arbetsgivare' });
    const card = proposals.getByRole('article', { name: topPlacement });
    await card.waitFor();
    expect(await card.locator('.badge').textContent()).toBe('Accepterad');
    await card.getByText('1 av 2 platser tillsatta').waitFor();
    await card.getByText('Arbetsgivaren får se en kort sammanfattning.').waitFor();
    expect(await card.getByRole('button', { name: `Starta ${topPlacement}` }).count()).toBe(1);
    await expectAccessible(coach, 'participant with an accepted proposal');
  });

  it('takes the match through its lifecycle: a stale change, start and completion', async () => {
    const proposals = coach.getByRole('region', { name: 'Förslag till arbetsgivare' });
    const card = proposals.getByRole('article', { name: topPlacement });
    const profile = coach.getByRole('region', { name: 'Profil' });

    await card.getByRole('button', { name: `Starta ${topPlacement}` }).click();
    await card.getByRole('heading', { name: 'Starta på platsen' }).waitFor();

    // Meanwhile another coach takes back the consent on the same match.
    const user = demoUsers.find((candidate) => candidate.id === 'malmo-coach');
    if (!user) throw new Error('The demo data has no malmo-coach');
    const authorization = `Bearer ${await stack.issuer.issueToken(user)}`;
    const participantId = new URL(participantUrl).pathname.split('/').at(-1) ?? '';
    const list = await fetch(`${stack.url}/v1/matches?participantId=${participantId}`, {
      headers: { authorization },
    });
    const [match] = ((await list.json()) as { items: { id: string; version: number }[] }).items;
    const revoked = await fetch(`${stack.url}/v1/matches/${match?.id}`, {
      method: 'PATCH',
      headers: { authorization, 'content-type': 'application/json', 'if-match': `"v${match?.version}"` },
      body: JSON.stringify({ consentToShare: false }),
    });
    expect(revoked.status).toBe(200);

    await card.getByRole('button', { name: 'Spara start' }).click();
    await card.getByText('Någon annan har ändrat förslaget under tiden.', { exact: false }).waitFor();
    await card.getByText('Arbetsgivaren ser ingen sammanfattning', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Spara start' }).click();
    await card.getByText(`${topPlacement}: Pågår.`).waitFor();
    expect(await card.locator('.badge').textContent()).toBe('Pågår');
    await profile.getByText(/^Lärandeplats sedan/).waitFor();

    await card.getByRole('button', { name: `Avsluta ${topPlacement}` }).click();
    await card.getByRole('radio', { name: 'Fick en anställning' }).check();
    await card.getByRole('button', { name: 'Spara avslut' }).click();
    await card.getByText(`${topPlacement}: Avslutad.`).waitFor();
    await card.getByText('0 av 2 platser tillsatta').waitFor();
    await profile.getByText(/^Anställning sedan/).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await expectAccessible(coach, 'participant with a completed placement');
  });

  it('matches a participant in group activity to a company group, and starts them there in the same stage', async () => {
    await menu(coach).getByRole('link', { name: 'Deltagare' }).click();
    await coach.waitForURL('**/participants');
    await coach.getByRole('list', { name: 'Deltagare' }).getByRole('link', { name: 'Maja Svensson' }).click();
    await coach.getByRole('heading', { name: 'Maja Svensson', level: 1 }).waitFor();
    const profile = coach.getByRole('region', { name: 'Profil' });
    await profile.getByText(/^Gruppverksamhet sedan/).waitFor();
    const majaUrl = coach.url();

    await coach.getByRole('link', { name: 'Matchande platser' }).click();
    const ranked = coach.getByRole('list', { name: 'Matchande platser' });
    const group = ranked.getByRole('article', { name: companyGroup });
    await group.waitFor();
    await group.getByText('Företagsgrupp', { exact: true }).waitFor();
    expect(await ranked.getByRole('article', { name: topPlacement }).count()).toBe(0);
    await group.getByRole('button', { name: `Föreslå ${companyGroup}` }).click();
    await group.getByRole('button', { name: 'Skicka förslaget' }).click();
    await group.getByText(`Förslaget är skickat. ${employerName} ser det under Förslag.`).waitFor();

    // The employer is still on the proposals page from before: load it again.
    await employer.goto(`${stack.url}/company/proposals`);
    const fresh = employer.getByRole('region', { name: 'Nya förslag' });
    await fresh.getByRole('button', { name: `Tacka ja ${companyGroup}` }).click();
    await employer
      .getByText(`Du har tackat ja till förslaget för ${companyGroup}.`, { exact: false })
      .waitFor();

    await coach.goto(majaUrl);
    const card = coach.getByRole('region', { name: 'Förslag till arbetsgivare' }).getByRole('article', {
      name: companyGroup,
    });
    await card.getByRole('button', { name: `Starta ${companyGroup}` }).click();
    await card.getByRole('button', { name: 'Spara start' }).click();
    await card.getByText(`${companyGroup}: Pågår.`).waitFor();
    // A company group is group activity at a company: the stage stays.
    await profile.getByText(/^Gruppverksamhet sedan/).waitFor();
    await expectAccessible(coach, 'participant started in a company group');
  });

  it('ranks the candidates for a placement, reached from the placement list', async () => {
    await menu(coach).getByRole('link', { name: 'Lärandeplatser' }).click();
    await coach.waitForURL('**/placements');
    await coach.getByRole('link', { name: 'Visa kandidater Packa paket i lagret' }).click();
    await coach.getByRole('heading', { name: 'Kandidater till Packa paket i lagret', level: 1 }).waitFor();
    const ranked = coach.getByRole('list', { name: 'Kandidater till Packa paket i lagret' });
    await ranked.getByRole('heading', { name: 'Omar Hassan' }).waitFor();
    await ranked.getByText('Platsen är inom lager och paketering, som är ditt förstahandsval.').waitFor();
    await coach.getByRole('button', { name: /Visa deltagare som inte passar/ }).click();
    await coach
      .getByRole('region', { name: 'Deltagare som inte passar' })
      .getByRole('article', { name: 'Elin Persson' })
      .getByText('Platsen är bullrig, och du behöver en lugn och tyst miljö.')
      .waitFor();
    await expectAccessible(coach, 'candidates');
    await capture(coach, 'candidates');
  });

  it('turns a pair from a batch suggestion into a proposal', async () => {
    await menu(coach).getByRole('link', { name: 'Matcha flera' }).click();
    await coach.getByRole('heading', { name: 'Matcha flera deltagare', level: 1 }).waitFor();
    await coach.getByLabel('Lägsta poäng').fill('40');
    await coach.getByRole('button', { name: 'Ta fram förslag' }).click();
    const pair = coach.getByRole('article', { name: 'Omar Hassan till Packa paket i lagret' });
    await pair.waitFor();
    await coach.getByText(/\d+ par föreslås\./).waitFor();
    await pair.getByText('Därför').click();
    await pair.getByText('Platsen är inom lager och paketering, som är ditt förstahandsval.').waitFor();
    await pair
      .getByRole('checkbox', { name: 'Skicka som förslag: Omar Hassan till Packa paket i lagret' })
      .check();
    await pair
      .getByRole('checkbox', {
        name: 'Omar har sagt ja till att Lagerhuset Syd AB får se en kort sammanfattning',
      })
      .check();
    await expectAccessible(coach, 'batch suggestion');
    await capture(coach, 'batch');

    // A reload keeps the suggestion and what was ticked, so nothing has to be done again.
    await coach.reload();
    await pair.waitFor();
    await coach.getByText(/^Förslaget togs fram /).waitFor();
    expect(
      await pair
        .getByRole('checkbox', { name: 'Skicka som förslag: Omar Hassan till Packa paket i lagret' })
        .isChecked(),
    ).toBe(true);

    await coach.getByRole('button', { name: 'Skicka 1 förslag' }).click();
    const outcome = coach.getByText('1 förslag är skickat.');
    await outcome.waitFor();
    expect(await pair.locator('.badge').textContent()).toBe('Skickat');
    expect(await pair.getByRole('checkbox').count()).toBe(0);
  });

  it('records the employer’s yes, given by phone, for an employer that answered the coach', async () => {
    await menu(coach).getByRole('link', { name: 'Deltagare' }).click();
    await coach.getByRole('list', { name: 'Deltagare' }).getByRole('link', { name: 'Omar Hassan' }).click();
    const card = coach.getByRole('region', { name: 'Förslag till arbetsgivare' }).getByRole('article', {
      name: 'Packa paket i lagret',
    });
    await card.getByRole('button', { name: 'Arbetsgivaren sa ja Packa paket i lagret' }).click();
    await card.getByRole('button', { name: 'Spara svaret' }).click();
    await card.getByText('Skriv namnet på den som svarade hos arbetsgivaren.').waitFor();
    await card.getByRole('radio', { name: 'I telefon' }).check();
    await card.getByLabel('Vem svarade hos arbetsgivaren?').fill('Karin Lager');
    await expectAccessible(coach, 'recording the employer’s answer');
    await card.getByRole('button', { name: 'Spara svaret' }).click();
    await card.getByText('Packa paket i lagret: Accepterad.').waitFor();
    await card.getByText(/Svarade i telefon \(Karin Lager\)/).waitFor();
  });

  it('saves a draft from five answers, with another coach picked by name, and says what matching still needs', async () => {
    await menu(coach).getByRole('link', { name: 'Deltagare' }).click();
    await coach.getByRole('link', { name: 'Lägg till en deltagare' }).click();
    await coach.getByRole('heading', { name: 'Ny deltagare', level: 1 }).waitFor();
    await coach.getByLabel('Förnamn').fill('Nils');
    await coach.getByLabel('Efternamn').fill('Utkast');
    await coach.getByRole('radio', { name: 'Man', exact: true }).check();
    await coach.getByLabel('Födelseår').fill('1994');
    await coach.getByRole('checkbox', { name: 'Butik och handel', exact: true }).check();
    await coach.getByRole('radio', { name: /Nivå 3/ }).check();
    const coachField = coach.getByLabel('Arbetskonsulent');
    await expect.poll(() => coachField.locator('option').allTextContents()).toContain('Lena Holm');
    expect(await coachField.locator('option').allTextContents()).not.toContain('Amira Haddad');
    await coachField.selectOption({ label: 'Lena Holm' });
    await coach.getByRole('button', { name: 'Spara deltagaren' }).click();

    await coach.getByRole('heading', { name: 'Nils Utkast', level: 1 }).waitFor();
    const profile = coach.getByRole('region', { name: 'Profil' });
    await profile
      .getByText('Profilen är ett utkast. Fyll i var hen bor och vilka dagar hen kan innan du matchar.')
      .waitFor();
    await profile.getByText('Lena Holm').waitFor();
    expect(await profile.getByText('Inte ifyllt än').count()).toBe(2);
    await expectAccessible(coach, 'a draft profile');
  });
});
