import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { root } from './web-build.ts';

const folder = resolve(root, 'test-results/screenshots');
const widths = [1280, 360];

/**
 * Saves the page at desktop and phone width, and checks that nothing is wider than
 * the phone screen (WCAG 1.4.10 reflow). Leaves the page at 1280 px.
 */
export async function capture(page: Page, name: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    // Charts follow the width through a ResizeObserver, a few frames later on a busy
    // machine: give the page up to five seconds to settle, then measure.
    await page
      .waitForFunction((limit) => document.documentElement.scrollWidth <= limit, width, { timeout: 5_000 })
      .catch(() => undefined);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    // Names the innermost elements that stick out, so a failure says where to look.
    const wide = await page.evaluate((limit) => {
      const sticking = [...document.body.querySelectorAll('*')].filter(
        (element) => element.getBoundingClientRect().right > limit + 0.5,
      );
      return sticking
        .filter((element) => !sticking.some((other) => other !== element && element.contains(other)))
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    }, width);
    expect(scrollWidth, `${name} is wider than ${width} px: ${wide.join(', ')}`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: resolve(folder, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
