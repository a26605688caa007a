import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn, visit } from './support/portal';

/**
 * The reporting area on the demo center's term: staff see every section with a chart, its data
 * table and a summary, download a report's CSV, and the page is axe-clean on a desktop and at
 * 390 px; a coach sees their own figures; a student has no Reports link.
 */
test('staff read the term’s reports, with tables beside the charts, and download a CSV', async ({ page }) => {
  // Three axe scans of the longest page (every report's tables) on a shared machine.
  test.setTimeout(180_000);
  await signIn(page, DEMO.staff);
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL('/reports');
  await checkPage(page, 'reports as staff');

  for (const heading of ['Capacity and utilization', 'Demand and waiting', 'No-shows', 'Reach', 'Workshops', 'Outcomes']) {
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: 'Utilization per coach' }).getByRole('row')).not.toHaveCount(1);
  await expect(page.locator('.summary').first()).toContainText('hours offered');
  await expect(page.locator('[echarts] canvas').first()).toBeAttached();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV of no-shows' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^debrief-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-no-shows\.csv$/);

  // Keyboard: the filters apply with Enter, and each scrollable table takes focus (to scroll it).
  await page.getByRole('button', { name: 'Show', exact: true }).focus();
  await page.keyboard.press('Enter');
  await checkPage(page, 'reports after applying the filters');
  const region = page.getByRole('region', { name: 'Utilization per coach' });
  await region.focus();
  await expect(region).toBeFocused();

  await page.setViewportSize({ width: 390, height: 800 });
  await checkPage(page, 'reports at 390 px');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a coach sees reports about their own work, a student none', async ({ page }) => {
  await signIn(page, DEMO.coach);
  await visit(page, '/reports', 'reports as coach');
  const coaches = page.getByRole('table', { name: 'Utilization per coach' }).locator('tbody th');
  await expect(coaches).toHaveCount(1);
  await expect(coaches).toHaveText('Priya Raman');
});

test('a student has no reports', async ({ page }) => {
  await signIn(page, DEMO.student);
  await expect(page.getByRole('link', { name: 'Reports' })).toHaveCount(0);
});
