import { expect, Page, test } from '@playwright/test';
import { checkPage, DEMO, settle, signIn, visit } from './support/portal';

const HOUR = 3600_000;

/** The first free start more than `hoursAhead` away in the week view, pressing "Next week" until one shows. */
async function firstSlotAfter(page: Page, hoursAhead: number): Promise<string> {
  const title = page.locator('db-slot-week .week-title');
  for (let week = 0; week < 12; week++) {
    await settle(page);
    const starts = await page.locator('button.slot').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-start') ?? ''));
    const start = starts.find((s) => Date.parse(s) > Date.now() + hoursAhead * HOUR);
    if (start) return start;
    const shown = String(await title.textContent());
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(title).not.toHaveText(shown);
  }
  throw new Error('No free slot in the next 12 weeks');
}

test('a student books; the dev outbox shows the confirmation with its invite, the session offers an .ics, and the feed page works', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.student);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Book a session' }).click();
  await page.getByRole('button', { name: 'Choose Coding mock interview' }).click();
  await page.getByRole('button', { name: /^Any coach/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Choose a time' })).toBeFocused();
  const start = await firstSlotAfter(page, 30);
  await page.locator(`button.slot[data-start="${start}"]`).click();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await expect(page).toHaveURL(/\/book\/confirmed\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop() as string;

  // The session offers its calendar file, served to its student.
  await visit(page, `/sessions/${id}`, 'session detail with the .ics link');
  const ics = page.getByRole('link', { name: 'Add to calendar (.ics)' });
  await expect(ics).toHaveAttribute('href', `/calendar/bookings/${id}.ics`);
  const download = await page.request.get(`/calendar/bookings/${id}.ics`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await download.text()).toContain(`DTSTART:${new Date(start).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);

  // Staff find the confirmation in the dev outbox (no SMTP configured), with its invite.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, DEMO.staff);
  await visit(staff, '/outbox');
  const row = staff.getByRole('row').filter({ hasText: `To ${DEMO.student}` }).filter({ hasText: 'Confirmed:' });
  await expect(async () => {
    await staff.getByRole('button', { name: 'Refresh' }).click();
    await expect(row.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(row.first()).toContainText('Calendar invite (REQUEST)');
  await expect(row.first()).toContainText('Captured');
  await row.first().getByRole('button').first().click();
  const dialog = staff.getByRole('dialog');
  await expect(dialog).toContainText('invite.ics, METHOD:REQUEST');
  await dialog.getByRole('tab', { name: 'Invite (.ics)' }).click();
  await expect(dialog.locator('pre.ics')).toContainText('METHOD:REQUEST');
  await expect(dialog.locator('pre.ics')).toContainText(`ATTENDEE`);
  await expect(dialog.getByRole('link', { name: 'Download invite.ics' })).toBeVisible();
  await checkPage(staff, 'outbox message dialog (invite)');
  await staff.keyboard.press('Escape');
  await staff.getByRole('radio', { name: 'Failed' }).or(staff.getByRole('button', { name: 'Failed' })).first().click();
  await checkPage(staff, 'outbox: failed messages');
  await staffContext.close();

  // The student's calendar feed: created by keyboard, shown once, and served.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar feed' }).click();
  await checkPage(page, 'calendar feed');
  const generate = page.getByRole('button', { name: /Create my feed address|Generate a new address/ });
  await generate.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your new feed URL is ready.')).toBeVisible();
  const https = await page.getByLabel('Feed address (https)').inputValue();
  await expect(page.getByLabel('Feed address for calendar apps (webcal)')).toHaveValue(https.replace(/^https?:/, 'webcal:'));
  await checkPage(page, 'calendar feed with its addresses');
  const feed = await page.request.get(new URL(https).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('METHOD:PUBLISH');

  // Leave the demo student's caps as found: later specs book coding sessions for them too.
  const cancelled = await page.request.post('/graphql', {
    data: {
      query: 'mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { status } }',
      variables: { input: { bookingId: id, reason: 'End of the notifications e2e' } },
    },
  });
  expect((await cancelled.json()).data.cancelBooking.status).toBe('CANCELLED');
});
