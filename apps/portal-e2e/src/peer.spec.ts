import { Browser, expect, Page, test } from '@playwright/test';
import { checkPage, DEMO, signIn } from './support/portal';

/**
 * Peer practice with two students in two browser contexts, both created by the admin in New York
 * (not the demo student: the specs before this one book sessions and workshop seats for him, and a
 * busy student is rightly never matched). Both join, offer overlapping
 * windows the day after tomorrow; the second offer is matched at once. Each sees the question
 * they ask as interviewer with its guide, and not the one they will be asked (shown only when
 * their half as interviewee starts). Axe on every state, by keyboard, and at 390 px.
 * (Feedback release after both submitted needs the session to be over: the API suite covers it.)
 */
const PASSWORD = 'peer-e2e-password-long';

async function person(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

function dayAfterTomorrow(zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + 2 * 86_400_000));
  return parts; // en-CA formats as yyyy-MM-dd
}

async function joinAndOffer(page: Page, from: string): Promise<void> {
  await page.goto('/peer-practice');
  await expect(page.getByRole('heading', { level: 1, name: 'Peer practice' })).toBeVisible();
  await checkPage(page, 'peer practice (new)');
  await page.getByRole('button', { name: 'Join peer practice' }).click();
  await expect(page.locator('p.status')).toHaveText('Profile saved.');
  await expect(page.getByRole('heading', { name: 'Offer a time' })).toBeVisible();
  await page.getByLabel('Day').fill(dayAfterTomorrow('America/New_York'));
  await page.getByLabel('From').fill(from);
  // Keyboard: the offer goes out from the focused button with Enter.
  await page.getByRole('button', { name: 'Offer window' }).focus();
  await page.keyboard.press('Enter');
}

test('two students offer overlapping windows, are matched, and each sees only the question they ask', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await person(browser, DEMO.admin);
  const stamp = Date.now();
  const createStudent = async (email: string, name: string) => {
    const created = await admin.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: {
        query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        variables: { input: { email, name, password: PASSWORD, role: 'STUDENT', timeZone: 'America/New_York' } },
      },
    });
    expect((await created.json()).errors).toBeUndefined();
  };
  const email = `peer-e2e-${stamp}@example.org`;
  const jordanEmail = `peer-e2e-jordan-${stamp}@example.org`;
  await createStudent(email, 'Riley Peer');
  await createStudent(jordanEmail, 'Jordan Peer');

  const jordan = await person(browser, jordanEmail, PASSWORD);
  await joinAndOffer(jordan, '18:00');
  await expect(jordan.locator('p.status')).toContainText('Window offered');
  await checkPage(jordan, 'peer practice (waiting)');

  const riley = await person(browser, email, PASSWORD);
  await joinAndOffer(riley, '18:30');
  await expect(riley.locator('p.status')).toContainText('Matched!');
  const rileySession = riley.getByRole('article').filter({ hasText: 'Coding with Jordan Peer' });
  await expect(rileySession).toBeVisible();
  await checkPage(riley, 'peer practice (matched)');

  await jordan.reload();
  const jordanSession = jordan.getByRole('article').filter({ hasText: 'Coding with Riley Peer' });
  await expect(jordanSession).toBeVisible();
  // Jordan offered first, so interviews first; the roles swap at half-time.
  await expect(jordanSession.getByRole('listitem').filter({ hasText: 'Half 1' })).toContainText('you are the interviewer');
  await expect(rileySession.getByRole('listitem').filter({ hasText: 'Half 1' })).toContainText('you are the interviewee');

  const question = async (page: Page) => (await page.getByRole('heading', { name: 'The question you ask' }).locator('xpath=following-sibling::p[1]').textContent())?.trim() ?? '';
  const jordanAsks = await question(jordan);
  const rileyAsks = await question(riley);
  expect(jordanAsks).not.toBe('');
  expect(rileyAsks).not.toBe(jordanAsks);
  await expect(jordanSession.getByRole('heading', { name: 'Your guide' })).toBeVisible();
  // Neither sees the question they will be asked before their half.
  for (const [page, theirs] of [
    [jordan, rileyAsks],
    [riley, jordanAsks],
  ] as const) {
    await expect(page.getByText('Shown when your half as interviewee starts.')).toBeVisible();
    await expect(page.locator('main')).not.toContainText(theirs);
  }

  await jordan.setViewportSize({ width: 390, height: 800 });
  await checkPage(jordan, 'peer practice at 390 px');
  const overflow = await jordan.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('staff see the peer practice settings, students, reports and audit, axe-clean and by keyboard', async ({ browser }) => {
  const staff = await person(browser, DEMO.staff);
  await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Peer practice' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Peer practice' })).toBeVisible();
  await checkPage(staff, 'peer practice (staff)');
  await expect(staff.getByLabel('Session length (minutes)')).toHaveValue('60');
  await staff.getByRole('button', { name: 'Save settings' }).focus();
  await staff.keyboard.press('Enter');
  await expect(staff.locator('p.status')).toHaveText('Settings saved.');
  await expect(staff.getByRole('region', { name: 'Audit' }).or(staff.locator('section', { hasText: 'Audit' }))).toContainText('settings.update');
  await checkPage(staff, 'peer practice (staff, saved)');
});
