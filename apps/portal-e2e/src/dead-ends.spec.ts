import { expect, Page, test } from '@playwright/test';
import { shot } from './support/narrow';
import { checkPage, DEMO, signIn, visit } from './support/portal';

/**
 * No dead ends: an unknown or malformed id, someone else's record, a page the role cannot open and
 * a lost connection each get words and a way on, never an endless "Loading…" or a silent move.
 */
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function pastSessionNotWith(page: Page, coachName: string): Promise<string> {
  const res = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: '{ myBookings(input: { scope: PAST }) { id status coach { name } } }' },
  });
  const rows = (await res.json()).data.myBookings as { id: string; status: string; coach: { name: string } }[];
  const other = rows.find((b) => b.coach.name !== coachName);
  if (!other) throw new Error('the demo student has no past session with another coach');
  return other.id;
}

test('unknown sessions and feedback say "not found"; a staff page tells a student they have no access, at the address they typed', async ({ page }) => {
  await signIn(page, DEMO.student);

  await visit(page, `/sessions/${UNKNOWN_ID}`, 'unknown session');
  await expect(page.getByRole('heading', { level: 2, name: 'Session not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  await shot(page, 'session-not-found', (name) => test.info().outputPath(name));

  await visit(page, '/sessions/not-a-session', 'malformed session id');
  await expect(page.getByRole('heading', { level: 2, name: 'Session not found' })).toBeVisible();
  await expect(page.getByText('must be a UUID')).toHaveCount(0);

  await visit(page, `/feedback/${UNKNOWN_ID}`, 'unknown feedback');
  await expect(page.getByRole('heading', { level: 2, name: 'Feedback not found' })).toBeVisible();

  await visit(page, '/staff/session-types', 'staff page as a student');
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  await expect(page).toHaveURL('/staff/session-types');
});

test('a coach opening another coach’s evaluation is told it is not theirs', async ({ page }) => {
  await signIn(page, DEMO.student);
  const id = await pastSessionNotWith(page, 'Priya Raman');
  await page.context().clearCookies();
  await signIn(page, DEMO.coach);
  await visit(page, `/coaching/evaluate/${id}`, 'another coach’s evaluation');
  await expect(page.locator('db-page-state h2')).toHaveText(/not one of yours|not found/i);
});

test('offline, a page says it could not reach the server and offers a retry that works once back online', async ({ page }) => {
  await signIn(page, DEMO.student);
  // Load the page's code first (a lazy route cannot load offline), then go home and lose the network.
  await visit(page, '/sessions', 'my sessions');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL('/');
  await page.context().setOffline(true);
  await nav.getByRole('link', { name: 'My sessions' }).click();
  const alert = page.locator('db-page-state [role="alert"]');
  await expect(alert).toContainText('Could not reach Debrief');
  await checkPage(page, 'offline sessions page');
  await shot(page, 'offline-retry', (name) => test.info().outputPath(name));
  await page.context().setOffline(false);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'My sessions' })).toBeVisible();
});
