import { expect, Page } from '@playwright/test';

/** The phone width the portal must work at (WCAG 1.4.10 reflow: 320 CSS px; we hold 390). */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * At a phone width, the page must not pan sideways: nothing wider than the viewport. Called by
 * checkPage for every page a spec visits, so any spec that sets a narrow viewport is checked.
 */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const width = page.viewportSize()?.width;
  if (!width || width > PHONE.width) return;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${label}: the page is ${scrollWidth - width} px wider than the ${width} px screen`).toBeLessThanOrEqual(width);
}

/** Saves a screenshot for the closing note: into SHOTS_DIR when set, else the test's output folder. */
export async function shot(page: Page, name: string, outputPath: (name: string) => string): Promise<void> {
  const dir = process.env['SHOTS_DIR'];
  await page.screenshot({ path: dir ? `${dir}/${name}.png` : outputPath(`${name}.png`), fullPage: true });
}
