import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn, visit } from './support/portal';

test('a student filters the coaches directory by specialty and sees only matching coaches', async ({ page }) => {
  await signIn(page, DEMO.student);
  await visit(page, '/coaches');

  const cards = page.locator('db-coach-card');
  await expect(cards.first()).toBeVisible();
  const total = await cards.count();

  await page.getByRole('combobox', { name: 'Specialty' }).click();
  await page.getByRole('option', { name: 'System design' }).click();

  await expect(page).toHaveURL(/[?&]specialty=SYSTEM_DESIGN/);
  await expect(page.getByRole('status').filter({ hasText: 'for System design' })).toBeVisible();
  const matching = await cards.count();
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(total);
  for (const card of await cards.all()) {
    await expect(card.getByRole('list', { name: 'Specialties' })).toContainText('System design');
  }
  await checkPage(page, 'coaches filtered by System design');

  // The filter lives in the URL, so a shared or reloaded link shows the same list.
  await page.reload();
  await expect(cards).toHaveCount(matching);
  await expect(page.getByRole('combobox', { name: 'Specialty' })).toContainText('System design');

  await cards.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/coaches\/[^/?]+$/);
  await checkPage(page, 'coach detail');
  await expect(page.getByRole('list', { name: 'Specialties' })).toContainText('System design');
});
