import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Sandboxed frames (the outbox's email preview) run no scripts, so axe cannot be injected into
 * them; they are excluded from the page scan and their documents are scanned on a scratch page.
 */
const SANDBOXED_FRAME = 'iframe[sandbox]';

/** Runs axe-core on the current page (and its sandboxed frames) and fails with a readable report. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  expect(await scan(page), `axe violations on ${label}`).toEqual([]);
  for (const srcdoc of await page.locator(`${SANDBOXED_FRAME}[srcdoc]`).evaluateAll(srcdocs)) {
    const scratch = await page.context().newPage();
    try {
      await scratch.setContent(srcdoc);
      expect(await scan(scratch), `axe violations in a sandboxed frame on ${label}`).toEqual([]);
    } finally {
      await scratch.close();
    }
  }
}

function srcdocs(frames: Element[]): string[] {
  return frames.map((frame) => frame.getAttribute('srcdoc') ?? '');
}

async function scan(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude(SANDBOXED_FRAME).analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
  );
}
