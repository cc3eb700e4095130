import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../functions/local/server.ts';
import { expectAccessible } from './support/a11y.ts';
import { newPerson, signIn } from './support/app.ts';
import { launchBrowser } from './support/browser.ts';
import { capture } from './support/screenshots.ts';
import { startStack } from './support/stack.ts';
import { buildWeb } from './support/web-build.ts';

// WCAG 1.4.10 (reflow), which axe cannot see: every page of the web, read from its
// route table so a new page cannot slip past, is no wider than a 360 px phone, with
// long Swedish compounds in the data. Screenshots at 360 and 1280 px of each.

interface PageRoute {
  path: string;
  role: 'coach' | 'admin' | 'employer' | 'public';
}

/** The web's routes as declared in web/src/routes.tsx, each with a role that may open it. */
function declaredRoutes(): PageRoute[] {
  const source = readFileSync(new URL('../../web/src/routes.tsx', import.meta.url), 'utf8');
  const table = source.slice(source.indexOf('export const routes'));
  return [...table.matchAll(/path: '([^']+)'(?:,\s*roles: (staff|\[[^\]]*\]))?/g)].map(([, path, roles]) => ({
    path: path as string,
    role:
      roles === undefined
        ? 'public'
        : roles === 'staff'
          ? 'coach'
          : (roles.match(/'(\w+)'/)?.[1] as PageRoute['role']),
  }));
}

// 90 characters of one Swedish word; names are at most 60.
const compound =
  'textilåtervinningsverksamhetensmottagningsstationsföreningsekonomiavdelningsarbetsgruppsmöte';
const longName = compound.slice(0, 60);

describe('every page at 360 px', () => {
  let stack: LocalStack;
  let browser: Browser;
  const people: Partial<Record<PageRoute['role'], Page>> = {};
  const params: Record<string, string> = {};

  async function api(userId: string, method: string, path: string, body?: unknown) {
    const { token } = (await (
      await fetch(`${stack.url}/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      })
    ).json()) as { token: string };
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await response.json()) as Record<string, unknown> & { id: string };
    expect(response.status, `${method} ${path}: ${JSON.stringify(json)}`).toBeLessThan(300);
    return json;
  }

  const placement = (title: string) => ({
    kind: 'learning_placement',
    title,
    sector: 'second_hand',
    tasks: ['sorting'],
    traits: [],
    description: `Du arbetar i ${compound} och sorterar kläder i lugn takt.`,
    seats: 2,
    schedule: { kind: 'halfDay', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    maxSupportLevel: 3,
    environment: ['indoor'],
    supervisorOnSite: true,
    location: { postcode: '21120', area: compound.slice(0, 80) },
    startDate: '2027-03-01',
    status: 'open',
  });

  beforeAll(async () => {
    await buildWeb();
    stack = await startStack();
    browser = await launchBrowser();

    const employer = await api('malmo-coach', 'POST', '/v1/employers', {
      orgNumber: '556834-5671',
      name: `${compound} AB`.slice(0, 120),
      sectors: ['second_hand'],
      contact: { name: longName, email: 'kontakt@example.se', phone: '040-123456' },
      address: {
        street: `${compound.slice(0, 50)}gatan 1`,
        postcode: '21120',
        city: 'Malmö',
        area: compound.slice(0, 80),
      },
    });
    params['/employers/:id'] = `/employers/${employer.id}`;
    params['/employers/:id/timeline'] = `/employers/${employer.id}/timeline`;
    const place = await api(
      'malmo-coach',
      'POST',
      `/v1/employers/${employer.id}/placements`,
      placement(compound),
    );
    params['/placements/:id/candidates'] = `/placements/${place.id}/candidates`;

    const users = (await (await fetch(`${stack.url}/v1/dev/users`)).json()) as {
      items: { id: string; employerId?: string }[];
    };
    const ownCompany = users.items.find((user) => user.id === 'malmo-employer')?.employerId as string;
    const own = await api(
      'malmo-coach',
      'POST',
      `/v1/employers/${ownCompany}/placements`,
      placement(compound),
    );
    params['/company/placements/:id'] = `/company/placements/${own.id}`;

    const person = await api('malmo-coach', 'POST', '/v1/participants', {
      firstName: longName,
      lastName: longName,
      gender: 'woman',
      birthYear: 1990,
      supportLevel: 2,
      interests: ['second_hand'],
      stage: 'prework',
      availability: { kind: 'fullDay', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      home: { postcode: '21120', area: compound.slice(0, 80) },
      goal: `Jag vill arbeta på ${compound}.`,
      consent: { sharedSummary: true, givenAt: '2026-11-01' },
    });
    for (const path of [
      '/participants/:id',
      '/participants/:id/edit',
      '/participants/:id/matching',
      '/participants/:id/timeline',
      '/participants/:id/lattlast',
    ])
      params[path] = path.replace(':id', person.id);
    await api('malmo-coach', 'POST', '/v1/matches', {
      participantId: person.id,
      placementId: own.id,
      consentToShare: true,
    });

    await api('malmo-coach', 'POST', `/v1/employers/${employer.id}/invitations`, {
      name: longName,
      email: 'inbjuden@example.se',
    });
    const outbox = (await (await fetch(`${stack.url}/v1/dev/outbox`)).json()) as {
      items: { text: string }[];
    };
    params['/inbjudan/:token'] = `/inbjudan/${outbox.items[0]?.text.match(/\/inbjudan\/(\S+)/)?.[1]}`;
    params['/:tenant/registrera'] = '/malmo/registrera';

    // The seeded forum, and a sign-up to it from the public page whose mail has the cancel link.
    const events = (await api('malmo-coach', 'GET', '/v1/events')) as unknown as { items: { id: string }[] };
    const event = events.items[0]?.id as string;
    params['/events/:id'] = `/events/${event}`;
    params['/events/:id/narvaro'] = `/events/${event}/narvaro`;
    params['/events/:id/andra'] = `/events/${event}/andra`;
    params['/:tenant/evenemang'] = '/malmo/evenemang';
    params['/:tenant/evenemang/:id'] = `/malmo/evenemang/${event}`;
    const signup = await fetch(`${stack.url}/v1/public/malmo/events/${event}/signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: longName, email: 'anmald@example.se' }),
    });
    const { cancelToken } = (await signup.json()) as { cancelToken: string };
    params['/avboka/:token'] = `/avboka/${cancelToken}`;

    const signedIn = async (name: RegExp) => {
      const page = await newPerson(browser);
      await signIn(page, stack.url, 'Malmö', name);
      return page;
    };
    people.coach = await signedIn(/Karin Lindqvist/);
    people.admin = await signedIn(/Amira Haddad/);
    people.employer = await signedIn(/Johan Berg/);
    people.public = await newPerson(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('knows every page the web declares', () => {
    const routes = declaredRoutes();
    expect(routes.length).toBeGreaterThan(15);
    for (const { path } of routes) {
      if (path.includes(':')) expect(params[path], `no data to open ${path}`).toBeDefined();
    }
  });

  it.each(declaredRoutes().map((route) => [route.path, route] as const))(
    '%s fits a 360 px phone, is captured at 360 and 1280 px, and axe finds nothing in Swedish or English',
    async (_path, route) => {
      const page = people[route.role] as Page;
      // A page with parameters opens at the address made for it from the data above.
      const url = route.path.includes(':') ? (params[route.path] as string) : route.path;
      await page.goto(`${stack.url}${url}`);
      await page.waitForLoadState('networkidle');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const name = route.path.replace(/[/:]+/g, '-').replace(/^-|-$/g, '') || 'start';
      await capture(page, `reflow-${route.role}-${name}`);
      // And axe on the same page in both languages: a new page cannot miss the check.
      await expectAccessible(page, route.path);
    },
  );
});
