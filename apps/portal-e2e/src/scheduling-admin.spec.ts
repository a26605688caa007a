import { expect, Page, test } from '@playwright/test';
import { checkPage, DEMO, signIn, visit } from './support/portal';

/** Opens a page from the shell's Scheduling group, as a staff member would. */
async function openFromNav(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await checkPage(page, heading);
}

test('staff create a session type offered by a coach, edit its duration and retire it', async ({ page }) => {
  const name = `Panel interview practice ${Date.now()}`;
  await signIn(page, DEMO.staff);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('heading', { name: 'Scheduling' })).toBeVisible();
  await openFromNav(page, 'Session types', 'Session types');

  await page.getByRole('button', { name: 'New session type' }).click();
  await expect(page.getByRole('heading', { name: 'New session type' })).toBeFocused();
  const form = page.getByRole('form', { name: 'Session type' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Behavioral' }).click();
  await form.getByLabel('Duration (minutes)').fill('45');
  await form.getByLabel('Interview part (minutes)').fill('50');
  await form.getByRole('button', { name: 'Create session type' }).click();
  await expect(form.getByText('The interview part cannot be longer than the whole session (45 minutes).')).toBeVisible();
  await expect(form.getByLabel('Interview part (minutes)')).toBeFocused();
  await form.getByLabel('Interview part (minutes)').fill('30');
  await expect(form.getByText('30 min interview, 15 min feedback')).toBeVisible();

  await form.getByRole('combobox', { name: 'Coaches who offer it' }).click();
  await page.getByRole('option', { name: 'Amara Okafor' }).click();
  await page.keyboard.press('Escape');
  await checkPage(page, 'new session type form');
  await form.getByRole('button', { name: 'Create session type' }).click();
  await expect(page.getByText(`Created ${name}.`)).toBeVisible();

  const card = page.getByRole('article', { name });
  await expect(card).toContainText('45 min: 30 min interview, 15 min feedback');
  await expect(card).toContainText('Amara Okafor');
  await expect(card).toContainText('Behavioral');
  await expect(page.getByRole('button', { name: `Edit ${name}` })).toBeFocused();
  await checkPage(page, 'session types with the new type');

  await card.getByRole('button', { name: `Edit ${name}` }).click();
  const editor = page.getByRole('form', { name: 'Session type' });
  await expect(editor.getByLabel('Duration (minutes)')).toHaveValue('45');
  await editor.getByLabel('Duration (minutes)').fill('60');
  await checkPage(page, 'editing a session type');
  await editor.getByRole('button', { name: 'Save session type' }).click();
  await expect(page.getByText(`Saved ${name}.`)).toBeVisible();
  await expect(card).toContainText('1 h: 30 min interview, 30 min feedback');

  await card.getByRole('button', { name: `Retire ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Retire ${name}?` });
  await expect(dialog).toContainText('Past and upcoming bookings keep it');
  await checkPage(page, 'retire confirmation');
  await dialog.getByRole('button', { name: 'Retire session type' }).click();
  await expect(page.getByText(`Retired ${name}.`)).toBeVisible();
  await expect(card).toHaveCount(0);

  await page.getByRole('switch', { name: 'Show retired session types' }).click();
  await expect(card).toContainText('Retired');
  await expect(card.getByRole('button')).toHaveCount(0);
  await checkPage(page, 'session types with retired ones');
});

test('staff add a closure and remove it', async ({ page }) => {
  const year = new Date().getFullYear() + 3;
  const reason = `Campus energy shutdown ${Date.now()}`;
  const day = (date: string) =>
    // The portal's short date ("Thu 8 Jul 2029"), a civil date shown without any zone shift.
    new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(`${date}T00:00:00Z`))
      .replace(',', '');
  await signIn(page, DEMO.staff);
  await openFromNav(page, 'Closures', 'Closures');
  await expect(page.getByText('Winter break', { exact: true })).toBeVisible();

  const form = page.getByRole('form', { name: 'Add a closure' });
  await form.getByLabel('Start date').fill(`${year}-07-08`);
  await form.getByLabel('End date').fill(`${year}-07-06`);
  await form.getByLabel('Reason').fill(reason);
  await form.getByRole('button', { name: 'Add closure' }).click();
  await expect(form.getByText('The end date must be on or after the start date.')).toBeVisible();
  await expect(form.getByLabel('End date')).toBeFocused();
  await checkPage(page, 'closure form with an error');

  await form.getByLabel('End date').fill(`${year}-07-10`);
  await form.getByRole('button', { name: 'Add closure' }).click();
  const dates = `${day(`${year}-07-08`)} – ${day(`${year}-07-10`)}`;
  const item = page.getByRole('listitem').filter({ hasText: reason });
  await expect(item).toContainText(dates);
  // The emptied form after a save is not red: the form directive is reset, not only its values.
  await expect(form.locator('.mat-form-field-invalid')).toHaveCount(0);
  await checkPage(page, 'closures with the new closure');

  await item.getByRole('button', { name: /^Remove/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this closure?' });
  await expect(dialog).toContainText(reason);
  await checkPage(page, 'remove-closure confirmation');
  await dialog.getByRole('button', { name: 'Remove closure' }).click();
  await expect(page.getByText('Closure removed.')).toBeVisible();
  await expect(item).toHaveCount(0);
});

test('staff update the booking policy and see the new values after a reload', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await openFromNav(page, 'Booking policy', 'Booking policy');
  const form = page.getByRole('form', { name: 'Booking policy' });
  const max = form.getByLabel('Maximum upcoming sessions per student');
  const limit = form.getByLabel('No-show limit');
  const windowDays = form.getByLabel('Window (days)');
  const original = { max: await max.inputValue(), limit: await limit.inputValue(), window: await windowDays.inputValue() };
  await expect(form).toContainText(
    `${original.limit} no-shows in ${original.window} days pauses self-booking until the oldest one is ${original.window} days old; you can excuse a no-show.`,
  );

  try {
    await max.fill('5');
    await limit.fill('2');
    await windowDays.fill('90');
    await expect(form).toContainText('2 no-shows in 90 days pauses self-booking until the oldest one is 90 days old; you can excuse a no-show.');
    await expect(form).toContainText('Each student can hold at most 5 upcoming sessions at once');
    await form.getByRole('button', { name: 'Save policy' }).click();
    await expect(page.getByText('Booking policy saved.')).toBeVisible();

    await page.reload();
    await checkPage(page, 'booking policy after reload');
    await expect(max).toHaveValue('5');
    await expect(limit).toHaveValue('2');
    await expect(windowDays).toHaveValue('90');
  } finally {
    // Put the center's policy back so later specs book under the seeded rules.
    await max.fill(original.max);
    await limit.fill(original.limit);
    await windowDays.fill(original.window);
    const restored = page.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('StaffUpdateBookingPolicy'));
    await form.getByRole('button', { name: 'Save policy' }).click();
    expect((await restored).ok()).toBe(true);
  }
});

test("staff open a student's sessions, book one for another student and cancel it", async ({ page }) => {
  await signIn(page, DEMO.staff);
  await openFromNav(page, 'Students', 'Students');

  await page.getByLabel('Search students by name or email').fill('Jordan');
  await page.getByRole('link', { name: 'Jordan Rivera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Rivera' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No-show standing' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Upcoming sessions' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Past sessions' })).toContainText('Completed');
  await checkPage(page, "Jordan Rivera's sessions");

  // Another student than the demo one, so the student specs keep their seeded sessions. Coding
  // allows two upcoming sessions per student and the seed gives each at most one, so no cap is hit.
  await page.getByRole('link', { name: 'Choose another student' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Students' })).toBeVisible();
  const last = page.getByRole('list', { name: 'Students' }).getByRole('link').last();
  const student = String(await last.textContent()).trim();
  await last.click();
  await expect(page.getByRole('heading', { level: 1, name: student })).toBeVisible();
  await checkPage(page, `${student}'s sessions`);

  await page.getByRole('button', { name: 'Book for this student' }).click();
  await expect(page.getByRole('heading', { name: `Book for ${student}` })).toBeFocused();
  const form = page.getByRole('form', { name: 'Book for this student' });
  await form.getByRole('combobox', { name: 'Session type' }).click();
  await page.getByRole('option', { name: 'Coding mock interview' }).click();
  await form.getByRole('combobox', { name: 'Coach' }).click();
  await page.getByRole('option', { name: 'Marcus Chen' }).click();
  await form.getByRole('button', { name: 'Find free times' }).click();
  const times = page.getByRole('radiogroup', { name: 'Free times' });
  // The last time offered, not the first, to stay out of the way of the student booking specs.
  const choice = times.getByRole('radio').last();
  await expect(choice).toBeVisible();
  await expect(times.locator('mat-radio-button').last()).toContainText('Marcus Chen');
  await checkPage(page, 'free times for a student');
  await choice.focus();
  await page.keyboard.press('Space');
  await expect(choice).toBeChecked();
  const when = String(await times.locator('mat-radio-button').last().textContent()).split(' · ')[0].trim();
  await page.getByRole('button', { name: 'Book this time' }).click();
  await expect(page.getByText(`Booked Coding mock interview for ${student}`)).toBeVisible();

  const upcoming = page.getByRole('list', { name: 'Upcoming sessions' });
  const booked = upcoming.getByRole('listitem').filter({ hasText: 'Coding mock interview' }).filter({ hasText: when });
  await expect(booked).toContainText('Booked');
  await booked.getByRole('button', { name: /^Cancel/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
  await dialog.getByRole('button', { name: 'Cancel session' }).click();
  await expect(dialog.getByText('Enter a reason.')).toBeVisible();
  await checkPage(page, 'cancel dialog with an error');
  await dialog.getByLabel('Reason for cancelling').fill('Booked by staff in an end-to-end test');
  await dialog.getByRole('button', { name: 'Cancel session' }).click();
  await expect(page.getByText('Session cancelled.')).toBeVisible();
  await expect(booked).toContainText('Cancelled: Booked by staff in an end-to-end test');
  await checkPage(page, 'student sessions after cancelling');
});

test('the staff scheduling pages fit a phone screen', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/staff/session-types', '/staff/closures', '/staff/policy', '/staff/students']) {
    await visit(page, path, `${path} on a phone`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('students and coaches cannot open the staff scheduling pages', async ({ page }) => {
  await signIn(page, DEMO.student);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('heading', { name: 'Scheduling' })).toHaveCount(0);
  await page.goto('/staff/policy');
  // Told, at the address they typed, rather than moved home without a word.
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  await expect(page).toHaveURL('/staff/policy');
});
