import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn } from './support/portal';

/**
 * Practising alone: the student opens "Practise an answer" from the navigation, picks a question
 * from the center's bank by keyboard, types an answer, checks it (the STAR analysis runs in the
 * browser, its model loaded only then), reads the rewrite target in the rubric's words, saves it
 * to the journal, and finds the entry there. Axe on every state, and at 390 px.
 */
const ANSWER =
  'Last spring I was the treasurer of the chess club. Our budget was cut by half. My task was to keep the club running without ' +
  'cancelling the tournament trip. We reviewed the expenses and we cancelled the software licences nobody used.';

test('a student practises a behavioral answer, reads the STAR check in the rubric’s words and keeps it in the journal', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.student);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practise an answer' }).click();
  await expect(page).toHaveURL('/self-practice');
  await checkPage(page, 'practise an answer');

  // Only the page's code so far: the NLP model is fetched when the student asks for the check.
  const chunks: string[] = [];
  page.on('response', (r) => { if (r.url().endsWith('.js')) chunks.push(r.url()); });

  // Pick the first question of the bank by keyboard.
  await page.getByRole('combobox', { name: 'Question' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Question' })).not.toHaveText('My own question');

  await page.getByRole('button', { name: 'Start the clock' }).click();
  await expect(page.getByText(/^Time left: [0-9]:[0-9]{2}$/)).toBeVisible();
  await page.getByLabel('Your answer').fill(ANSWER);
  const before = chunks.length;
  await page.getByRole('button', { name: 'Check my answer' }).click();

  const result = page.getByRole('region', { name: 'Your STAR check' });
  await expect(result).toBeVisible();
  expect(chunks.length).toBeGreaterThan(before);
  // Actions told with "we" only, and no result: the rubric's level descriptors say so.
  await expect(result.getByRole('row', { name: /^Result 1 of 4 \(missing\)/ })).toBeVisible();
  await expect(result.getByRole('row', { name: /^Action 2 of 4/ })).toContainText('we');
  await expect(result.getByRole('heading', { name: 'Rewrite first: Result' })).toBeVisible();
  await expect(result.getByText(/Your actions say "we" 2 times and "I" 0/)).toBeVisible();
  await checkPage(page, 'STAR check');

  await page.setViewportSize({ width: 390, height: 800 });
  await checkPage(page, 'STAR check at 390 px');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await result.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(result.getByRole('status')).toHaveText(/Saved to your journal/);
  await page.goto('/journal');
  await checkPage(page, 'journal with the practised answer');
  await expect(page.getByText(/Practised a behavioral answer on my own: \d+ words/).first()).toBeVisible();
});
