import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support/portal';

/**
 * The built portal runs under the API's Content-Security-Policy: signing in and the home page
 * raise no CSP violation (neither a `securitypolicyviolation` event nor Chromium's console report),
 * and the stylesheet Angular loads with an inline onload handler is applied.
 */
test('the portal raises no Content-Security-Policy violation from sign-in to home', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const seen = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });

  const response = await page.goto('/sign-in');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-frame-options']).toBe('DENY');

  await signIn(page, DEMO.student);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome');
  // The full stylesheet was switched on by its (hash-allowed) onload handler.
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => (l as HTMLLinkElement).media)))
    .toEqual(expect.arrayContaining(['all']));

  const events = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect([...violations, ...events]).toEqual([]);
});
