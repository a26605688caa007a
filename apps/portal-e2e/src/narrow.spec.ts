import { expect, test } from '@playwright/test';
import { PHONE, shot } from './support/narrow';
import { checkPage, DEMO, signIn, visit } from './support/portal';

/**
 * At 390 px nothing pans sideways: checkPage asserts document.documentElement.scrollWidth <= 390
 * on every page visited at that width (support/narrow.ts), here the pages a student and staff
 * open on a phone, with the shared feedback (wide score and STAR tables) and the staff workshops
 * table, which overflowed by 76 and 144 px, stacked one card per row.
 */
test.use({ viewport: PHONE });

test('a student on a phone: home, sessions, booking, workshops and shared feedback fit the screen', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO.student);
  for (const path of ['/sessions', '/book', '/workshops', '/feedback']) await visit(page, path);

  await page.getByRole('link', { name: /^Open feedback on/ }).first().click();
  await checkPage(page, 'one session’s feedback');
  const skip = page.getByRole('button', { name: /^(Read the feedback|Skip and read the feedback)$/ });
  await skip.first().click();
  await expect(page.getByRole('heading', { name: 'Your coach’s evaluation'.replace('’', "'") })).toBeVisible();
  await checkPage(page, 'shared feedback with its tables at 390 px');
  await shot(page, 'feedback-390', (name) => test.info().outputPath(name));
  // Each score row is a card: its coach's note is on screen, labelled, not in an off-screen column.
  const note = page.locator('table.compare td[data-label="Coach\'s note"]').first();
  await expect(note).toBeInViewport({ ratio: 0 });
  const box = await note.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width);
});

test('staff on a phone: the workshops table fits the screen', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await visit(page, '/staff/workshops', 'staff workshops at 390 px');
  await shot(page, 'staff-workshops-390', (name) => test.info().outputPath(name));
  await visit(page, '/staff/closures', 'closures at 390 px');
});
