import { Browser, expect, Page, test } from '@playwright/test';
import { DateTime } from 'luxon';
import { checkPage, DEMO, settle, signIn, visit } from './support/portal';

/** The demo center's closures (tools/seed demo-schedule.data.ts): a series must not land on them here. */
const CLOSED: [string, string][] = [
  ['2026-11-26', '2026-11-27'],
  ['2026-12-21', '2027-01-03'],
];
/** Staff's zone (Dana Brooks), in which the form's times are read. */
const STAFF_ZONE = 'America/Chicago';

/** A 15:00 start (staff zone) at least two days ahead whose next two weeks are open too. */
function openStart(): DateTime {
  for (let days = 2; ; days++) {
    const start = DateTime.now().setZone(STAFF_ZONE).plus({ days }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 });
    const dates = [0, 7, 14].map((d) => start.plus({ days: d }).toISODate() as string);
    if (dates.every((d) => !CLOSED.some(([from, to]) => from <= d && d <= to))) return start;
  }
}

async function newStudent(browser: Browser, label: string): Promise<{ page: Page; email: string }> {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  const email = `${label}.${Date.now()}@students.debrief.example`;
  const response = await admin.request.post('/graphql', {
    data: {
      query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: { input: { email, name: 'Avery Quinn', password: 'workshop-e2e-password', role: 'STUDENT', timeZone: 'America/Chicago' } },
    },
  });
  expect((await response.json()).errors).toBeUndefined();
  await adminContext.close();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, 'workshop-e2e-password');
  return { page, email };
}

test('staff create a 3-week series; two students take a capacity-1 occurrence; the first cancels and the second is promoted and sees it', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const title = `Elevator Pitch Lab ${Date.now().toString(36)}`;
  const start = openStart();
  const local = (dt: DateTime) => dt.toFormat("yyyy-LL-dd'T'HH:mm");

  // Staff: a weekly series of three, one seat each.
  await signIn(page, DEMO.staff);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshops' }).click();
  await checkPage(page, 'manage workshops');
  await page.getByRole('link', { name: 'New workshop' }).click();
  await checkPage(page, 'new workshop form');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Description').fill('Practise a 30-second introduction and get feedback.');
  await page.getByLabel('Topics').fill('networking, pitch');
  await page.getByLabel('Facilitators').click();
  await page.getByRole('option', { name: 'Priya Raman' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Room or video link').fill('Career Center, Room 204');
  await page.getByLabel('Starts').fill(local(start));
  await page.getByLabel('Ends').fill(local(start.plus({ minutes: 60 })));
  await page.getByLabel('Capacity').fill('1');
  await page.getByLabel('Repeat').click();
  await page.getByRole('option', { name: 'Weekly' }).click();
  await page.getByLabel('For how many weeks').fill('3');
  await checkPage(page, 'new workshop form, weekly series');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL('/staff/workshops');
  await expect(page.getByText('Created a series of 3 workshops')).toBeVisible();
  await settle(page);
  const rows = page.getByRole('row').filter({ hasText: title });
  await expect(rows).toHaveCount(3);
  await checkPage(page, 'manage workshops with the new series');

  // Student 1 (the demo student) registers for the first occurrence, by keyboard.
  const first = await browser.newContext();
  const one = await first.newPage();
  await signIn(one, DEMO.student);
  await one.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshops', exact: true }).click();
  await checkPage(one, 'workshop catalog');
  await one.getByRole('link', { name: title }).first().click();
  await checkPage(one, 'workshop detail, one seat left');
  await expect(one.getByText('1 seat left')).toBeVisible();
  await expect(one.getByText('Run by: Priya Raman')).toBeVisible();
  const url = one.url();
  const register = one.getByRole('button', { name: 'Register' });
  await register.focus();
  await one.keyboard.press('Enter');
  await expect(one.getByRole('status').filter({ hasText: 'You are registered.' })).toBeVisible();
  // The one who took the last seat is not invited to join the waitlist beside "You are registered".
  await expect(one.getByText('Seats: Full (')).toBeVisible();
  await expect(one.getByText('join it to be first in line')).toHaveCount(0);

  // Student 2 finds it full and joins the waitlist.
  const { page: two } = await newStudent(browser, 'avery');
  await visit(two, new URL(url).pathname, 'workshop detail, full');
  await expect(two.getByText('Full: the waitlist is empty')).toBeVisible();
  await two.getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(two.getByRole('status').filter({ hasText: 'You are on the waitlist: number 1 in line.' })).toBeVisible();
  await checkPage(two, 'workshop detail, waitlisted');

  // Student 1 cancels; the seat goes to student 2 at once.
  await one.getByRole('button', { name: 'Cancel my registration' }).click();
  await expect(one.getByRole('button', { name: 'Join the waitlist' })).toBeVisible();
  await checkPage(one, 'workshop detail after cancelling');

  await two.reload();
  await settle(two);
  await expect(two.getByRole('status').filter({ hasText: 'You are registered.' })).toBeVisible();
  await visit(two, '/workshops/mine', 'my workshops, promoted');
  const mine = two.getByRole('listitem').filter({ hasText: title });
  await expect(mine).toContainText('You are registered.');

  // Staff see it on the roster, and can export it.
  await page.getByRole('link', { name: title }).first().click();
  await checkPage(page, 'manage one workshop');
  await expect(page.getByRole('row').filter({ hasText: 'Avery Quinn' })).toContainText('Registered');
  await expect(page.getByRole('row').filter({ hasText: 'Jordan Rivera' })).toContainText('Cancelled');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^workshop-roster-.*\.csv$/);
  await first.close();
});

test('staff run check-in on a past workshop by name, and cannot lower a full workshop below its seats', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await visit(page, '/staff/workshops', 'manage workshops');

  // Check-in on the seeded past workshop: find a student by name, mark them no-show, then attended again.
  await page.getByRole('link', { name: 'Networking 101' }).click();
  await checkPage(page, 'manage a past workshop');
  const rosterRows = page.locator('table tbody tr');
  await expect(rosterRows).toHaveCount(9);
  const attendedRow = rosterRows.filter({ has: page.locator('td:nth-child(2)', { hasText: /^Attended$/ }) }).first();
  const name = String(await attendedRow.locator('td').first().evaluate((td) => td.childNodes[0]?.textContent ?? '')).trim();
  const search = page.getByLabel('Find a student');
  await search.focus();
  await page.keyboard.type(name.split(' ')[0]);
  await expect(rosterRows.filter({ hasText: name })).toHaveCount(1);
  const noShow = page.getByRole('button', { name: `Mark ${name} no-show` });
  await noShow.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Marked no-show.' })).toBeVisible();
  await expect(rosterRows.filter({ hasText: name })).toContainText('No-show');
  await page.getByRole('button', { name: `Mark ${name} attended` }).click();
  await expect(rosterRows.filter({ hasText: name })).toContainText('Attended');
  await checkPage(page, 'check-in after searching');

  // The full bootcamp: capacity below the seats taken is refused on the field.
  await visit(page, '/staff/workshops', 'manage workshops again');
  await page.getByRole('link', { name: 'Behavioral Interview Bootcamp' }).click();
  await settle(page);
  await page.getByLabel('Capacity').fill('5');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('10 students hold seats')).toBeVisible();
  await checkPage(page, 'capacity refused');
});

test("a coach opens the roster of a workshop they run and checks a student in, without staff's editing", async ({ page }) => {
  await signIn(page, 'amara.okafor@debrief.example');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshops I run' }).click();
  await checkPage(page, 'workshops I run');
  await page.getByRole('link', { name: 'Networking 101' }).click();
  await checkPage(page, 'roster as facilitator');
  await expect(page.getByRole('heading', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Cancel the workshop' })).toHaveCount(0);
  const row = page.locator('table tbody tr').filter({ has: page.locator('td:nth-child(2)', { hasText: /^No-show$/ }) }).first();
  const name = String(await row.locator('td').first().evaluate((td) => td.childNodes[0]?.textContent ?? '')).trim();
  await page.getByRole('button', { name: `Mark ${name} attended` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked attended.' })).toBeVisible();
  await expect(page.locator('table tbody tr').filter({ hasText: name })).toContainText('Attended');
});
