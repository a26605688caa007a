import { Browser, expect, Page, test } from '@playwright/test';
import { checkPage, DEMO, signIn } from './support/portal';

/**
 * The practice room with two people in two browser contexts: the coach (Amara Okafor) and the
 * demo student in the room of their behavioral session that ended an hour before the server
 * started (the room stays open two hours after the end). They type in the shared pad and see each
 * other's text, the coach gives a question and starts the clock, the student sees both; the
 * editor is left by keyboard with Escape then Tab; the coach's live notes (a STAR answer started
 * from the question, private notes) land in the evaluation draft while nothing of them reaches the
 * student's page, WebSocket frames or GraphQL responses; axe on both pages and at 390 px.
 * The file runs before coaching.spec.ts (Playwright takes files in name order, one worker): both use
 * that one seeded session, and once coaching.spec has shared its evaluation, live notes can no
 * longer write a draft (ALREADY_SHARED), as they should not.
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
  // One long story in two browsers on a shared 2-core machine: the steps themselves wait at most 5 s each.
  test.setTimeout(420_000);
  const student = await person(browser, DEMO.student);
  const coach = await person(browser, AMARA);
  const id = await sessionWithAmara(student);
  // Everything the server sends the student: WebSocket frames and GraphQL responses.
  const received: string[] = [];
  student.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('latin1'))));
  student.on('response', (r) => {
    if (r.url().includes('/graphql')) r.text().then((t) => received.push(t), () => undefined);
  });

  for (const page of [coach, student]) {
    await page.goto(`/practice/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: /^Practice room/ })).toBeVisible();
    await expect(pad(page, 'Shared code pad')).toBeVisible();
  }
  await checkPage(coach, 'practice room (coach)');
  await checkPage(student, 'practice room (student)');
  // The coach's private pane is the coach's alone.
  await expect(coach.getByRole('heading', { name: 'My live notes (private)' })).toBeVisible();
  await expect(student.getByRole('heading', { name: 'My live notes (private)' })).toHaveCount(0);

  await pad(coach, 'Shared code pad').click();
  await coach.keyboard.type('const answer = 42;');
  await expect(pad(student, 'Shared code pad')).toContainText('const answer = 42;');
  await pad(student, 'Shared code pad').click();
  await student.keyboard.press('Control+End');
  await student.keyboard.type('\nconsole.log(answer);');
  await expect(pad(coach, 'Shared code pad')).toContainText('console.log(answer);');
  // Run in the sandboxed worker: the output shows on the page.
  await student.getByRole('button', { name: 'Run' }).click();
  await expect(student.getByTestId('run-output')).toContainText('42');
  // The run's output is shared: the coach sees the student's run.
  await expect(coach.getByTestId('run-output')).toContainText('42');
  await expect(coach.getByRole('heading', { name: /Output/ })).toContainText('run by');
  // TypeScript runs too (types stripped in the page, run in the worker); the student sees the coach's run.
  await coach.getByLabel('Language').selectOption('TYPESCRIPT');
  await expect(student.getByLabel('Language')).toHaveValue('TYPESCRIPT');
  await pad(coach, 'Shared code pad').click();
  await coach.keyboard.press('Control+End');
  await coach.keyboard.type('\nconst twice: number = (answer as number) * 2;\nconsole.log(twice);');
  await coach.getByRole('button', { name: 'Run' }).click();
  await expect(student.getByTestId('run-output')).toContainText('84');
  // The coach's cursor carries their name on the student's screen.
  await expect(student.locator('.cm-ySelectionInfo').first()).toHaveText('Amara Okafor');

  await coach.getByLabel('Give a question').fill('Tell me about a time you led without authority');
  await coach.getByRole('button', { name: 'Give this question' }).click();
  await expect(student.getByTestId('question')).toContainText('Tell me about a time you led without authority');

  // The question starts a STAR answer in the coach's pane; scored and noted, it lands in the draft.
  const SECRET = `Private-live-note-${Date.now()}`;
  const answer = coach.getByRole('group', { name: 'Answer 1' });
  await expect(answer.getByLabel('Question', { exact: true })).toHaveValue('Tell me about a time you led without authority');
  for (const [part, level] of [['Situation', 3], ['Task', 2], ['Action', 4], ['Result', 3]] as const) {
    await answer.getByRole('group', { name: part }).getByRole('radio').nth(level - 1).check();
  }
  await coach.getByLabel('Private notes', { exact: true }).fill(SECRET);
  await expect(coach.getByTestId('autosave')).toContainText('Saved to the evaluation draft');
  const draft = await coach.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: 'query($id: ID!) { coachEvaluation(bookingId: $id) { status privateNotes starEntries { question situation task action result } } }', variables: { id } },
  });
  expect((await draft.json()).data.coachEvaluation).toEqual({
    status: 'DRAFT',
    privateNotes: SECRET,
    starEntries: [{ question: 'Tell me about a time you led without authority', situation: 3, task: 2, action: 4, result: 3 }],
  });
  await checkPage(coach, 'practice room (coach, live notes)');

  // The coach can also give a question from the bank (searched by the session's type first).
  const bank = coach.getByRole('list', { name: 'Questions in the bank' });
  const first = bank.getByRole('button', { name: /^Give: / }).first();
  await expect(first).toBeVisible();
  const banked = ((await first.getAttribute('aria-label')) ?? '').replace(/^Give: /, '');
  await first.click();
  await expect(student.getByTestId('question')).toContainText(banked);

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
  await student.reload();
  await expect(student.getByTestId('phase')).toHaveText('Interview');
  await expect(student.locator('body')).not.toContainText(SECRET);
  expect(received.length).toBeGreaterThan(0);
  expect(received.filter((t) => t.includes(SECRET))).toEqual([]);
  await student.setViewportSize({ width: 390, height: 800 });
  await checkPage(student, 'practice room at 390 px');
  expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The session has ended: the student works its self-review checklist, which lands in the journal.
  await student.setViewportSize({ width: 1280, height: 900 });
  const review = student.getByRole('group', { name: 'What did you do in this session?' });
  await review.getByLabel('Tested edge cases').check();
  await review.getByLabel('Kept a steady pace').check();
  await student.getByRole('button', { name: /my self-review/ }).click();
  await expect(student.getByTestId('review-status')).toContainText('Saved: 2 of');
  await checkPage(student, 'practice room (student, self-review)');
  await student.goto('/journal');
  await expect(student.getByText(/Self-review: 2 of \d+ done/)).toBeVisible();
  await checkPage(student, 'journal with a self-review');

  // Beside the evaluation: the session's final code and notes from the room.
  await coach.goto(`/coaching/evaluate/${id}`);
  await expect(coach.getByRole('heading', { name: 'From the practice room' })).toBeVisible();
  await expect(coach.getByTestId('final-code')).toContainText('console.log(twice);');
  await checkPage(coach, 'evaluation with the final code');
});
