import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { switchLanguage } from './app.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** Runs axe on the page as it is, in Swedish and in English, and leaves it in Swedish. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe('sv');
  const swedish = await violations(page);
  await switchLanguage(page, 'en');
  const english = await violations(page);
  await switchLanguage(page, 'sv');
  expect({ what, swedish, english }).toEqual({ what, swedish: [], english: [] });
}
