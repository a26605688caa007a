import { Browser, expect, Page, test } from '@playwright/test';
import { checkPage, DEMO, signIn } from './support/portal';

/**
 * The practice room with two people in two browser contexts: the coach (Amara Okafor) and the
 * demo student in the room of their behavioral session that ended an hour before the server
 * started (the room stays open two hours after the end). They type in the shared pad and see each
 * other's text, the coach gives a question and starts the clock, the student sees both; the
 * editor is left by keyboard with Escape then Tab; axe on both pages and at 390 px.
 */
const AMARA = 'amara.okafor@debrief.example';

async function person(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

async function sessionWithAmara(student: Page): Promise<string> {
  const res = await student.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: '{ myBookings(input: { scope: PAST }) { id endsAt status coach { name } sessionTypeName } }' },
  });
  const rows = (await res.json()).data.myBookings as { id: string; endsAt: string; status: string; coach: { name: string } }[];
  const open = rows.find((b) => b.coach.name === 'Amara Okafor' && b.status !== 'CANCELLED' && Date.now() - new Date(b.endsAt).getTime() < 2 * 3600_000);
  if (!open) throw new Error(`no open room with Amara in ${JSON.stringify(rows.slice(0, 5))}`);
  return open.id;
}

const pad = (page: Page, label: string) => page.locator(`.cm-content[aria-label="${label}"]`);

test('coach and student type in the shared pad and see each other, the coach gives a question and starts the clock', async ({ browser }) => {
  test.setTimeout(180_000);
  const student = await person(browser, DEMO.student);
  const coach = await person(browser, AMARA);
  const id = await sessionWithAmara(student);

  for (const page of [coach, student]) {
    await page.goto(`/practice/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: /^Practice room/ })).toBeVisible();
    await expect(pad(page, 'Shared code pad')).toBeVisible();
  }
  await checkPage(coach, 'practice room (coach)');
  await checkPage(student, 'practice room (student)');
  // The coach's private pane is the coach's alone.
  await expect(coach.getByRole('heading', { name: 'My private notes' })).toBeVisible();
  await expect(student.getByRole('heading', { name: 'My private notes' })).toHaveCount(0);

  await pad(coach, 'Shared code pad').click();
  await coach.keyboard.type('const answer = 42;');
  await expect(pad(student, 'Shared code pad')).toContainText('const answer = 42;');
  await pad(student, 'Shared code pad').click();
  await student.keyboard.press('Control+End');
  await student.keyboard.type('\nconsole.log(answer);');
  await expect(pad(coach, 'Shared code pad')).toContainText('console.log(answer);');
  // Run in the sandboxed worker: the output shows on the page.
  await student.getByRole('button', { name: 'Run' }).click();
  await expect(student.locator('pre.output')).toContainText('42');
  // The coach's cursor carries their name on the student's screen.
  await expect(student.locator('.cm-ySelectionInfo').first()).toHaveText('Amara Okafor');

  await coach.getByLabel('Give a question').fill('Tell me about a time you led without authority');
  await coach.getByRole('button', { name: 'Give this question' }).click();
  await expect(student.getByTestId('question')).toContainText('Tell me about a time you led without authority');

  await coach.getByRole('button', { name: 'Start the interview' }).click();
  await expect(student.getByTestId('phase')).toHaveText('Interview');
  await expect(coach.getByRole('button', { name: 'Move to feedback' })).toBeVisible();

  // Keyboard: Tab stays in the editor (it indents); Escape then Tab moves on to the next control.
  const focused = () => student.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
  await pad(student, 'Shared code pad').focus();
  await student.keyboard.press('Tab');
  expect(await focused()).toBe('Shared code pad');
  await student.keyboard.press('Escape');
  await student.keyboard.press('Tab');
  expect(await focused()).toBe('Shared notes pad');
  // A focused editor blinks its cursor (a CSS animation that never settles): leave it for axe.
  await student.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  await checkPage(student, 'practice room (student, question and clock)');
  await student.setViewportSize({ width: 390, height: 800 });
  await checkPage(student, 'practice room at 390 px');
  expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
