import { expect, Locator, Page, test } from '@playwright/test';
import { checkPage, DEMO, settle, signIn, visit } from './support/portal';

const HOUR = 3600_000;

/**
 * Checks a page with axe once Material's transitions (dialogs opening, error messages fading in)
 * have finished, so half-faded text is not reported as low contrast.
 */
async function check(page: Page, label: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await checkPage(page, label);
}

/** The coaches who offer the Coding mock interview in the demo center. */
const CODING_COACHES: Record<string, { email: string; timeZone: string }> = {
  'Priya Raman': { email: DEMO.coach, timeZone: 'America/Los_Angeles' },
  'Marcus Chen': { email: 'marcus.chen@debrief.example', timeZone: 'America/New_York' },
  'Kavya Iyer': { email: 'kavya.iyer@debrief.example', timeZone: 'Asia/Kolkata' },
};

/**
 * In the week view, the first free start more than `hoursAhead` away (so the Coding type's
 * 24-hour cutoff cannot get in the way of rescheduling and cancelling later), pressing
 * "Next week" until a week has one.
 */
async function firstSlotAfter(page: Page, hoursAhead: number, label: string): Promise<string> {
  const title = page.locator('db-slot-week .week-title');
  for (let week = 0; week < 12; week++) {
    await settle(page);
    const starts = await page.locator('button.slot').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-start') ?? ''));
    const start = starts.find((s) => Date.parse(s) > Date.now() + hoursAhead * HOUR);
    if (start) {
      await check(page, `${label}: a week with free times`);
      return start;
    }
    const shown = String(await title.textContent());
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(title).not.toHaveText(shown);
  }
  throw new Error('No free slot in the next 12 weeks');
}

/** Picks a slot by keyboard: its button is reachable and named with day, time and zone. */
async function pickSlot(page: Page, start: string): Promise<void> {
  const slot = page.locator(`button.slot[data-start="${start}"]`);
  await expect(slot).toHaveAttribute('aria-label', /^\w+day \d+ \w+, \d\d:\d\d.* \([A-Za-z_/]+\)$/);
  await slot.focus();
  await page.keyboard.press('Enter');
}

interface GraphqlResult<T> {
  data: T;
  errors?: { extensions?: { reason?: string } }[];
}

/** A GraphQL call as whoever is signed in on the page. */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<GraphqlResult<T>> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  return response.json();
}

/**
 * As staff, books the start for any student but the demo one who may still book it (other specs
 * leave some students at their cap or busy then); returns the booking's id.
 */
async function takeForAnotherStudent(staff: Page, input: Record<string, unknown>): Promise<string> {
  const { data } = await graphql<{ users: { id: string; email: string }[] }>(
    staff,
    'query Students($filter: UserFilterInput) { users(filter: $filter) { id email } }',
    { filter: { role: 'STUDENT' } },
  );
  for (const other of data.users.filter((u) => u.email !== DEMO.student)) {
    const result = await graphql<{ bookSession: { id: string } | null }>(
      staff,
      'mutation Take($input: BookSessionInput!) { bookSession(input: $input) { id } }',
      { input: { ...input, studentId: other.id } },
    );
    if (result.data?.bookSession) return result.data.bookSession.id;
    const reason = result.errors?.[0]?.extensions?.reason ?? '';
    if (!['CAP_REACHED', 'STUDENT_BUSY'].includes(reason)) throw new Error(`Staff could not book: ${JSON.stringify(result.errors)}`);
  }
  throw new Error('Staff could not take the slot for any student');
}

/** The value next to a label in a description list (the booking summary), within `scope`. */
function fact(page: Page, label: string, scope: Page | Locator = page) {
  return scope.locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
}

test('a student books a coding interview with any coach, the coach sees it, and the student reschedules and cancels it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO.student);

  // Book: type → any coach → a week with a slot far enough ahead → confirm.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Book a session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Choose a session type' })).toBeVisible();
  await check(page, 'book: session types');
  await page.getByRole('button', { name: 'Choose Coding mock interview' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Choose a coach' })).toBeFocused();
  await check(page, 'book: coaches');
  await page.getByRole('button', { name: /^Any coach/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Choose a time' })).toBeFocused();
  await check(page, 'book: the current week');
  const start = await firstSlotAfter(page, 48, 'book');
  await pickSlot(page, start);

  await expect(page.getByRole('heading', { level: 2, name: 'Confirm your booking' })).toBeFocused();
  const confirm = page.locator('db-book-confirm');
  await expect(fact(page, 'Coach', confirm)).toHaveText('Any available coach');
  await expect(fact(page, 'Location', confirm)).toHaveText('Video call — your coach shares the link');
  await expect(fact(page, 'What to prepare', confirm)).not.toBeEmpty();
  await check(page, 'book: confirm');
  await page.getByRole('button', { name: 'Confirm booking' }).click();

  await expect(page).toHaveURL(/\/book\/confirmed\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'You’re booked' })).toBeVisible();
  await expect(fact(page, 'Status')).toHaveText('Booked');
  await check(page, 'book: booked');
  const id = page.url().split('/').pop() as string;

  // The booking detail names the coach the API assigned.
  await page.getByRole('link', { name: 'View session' }).click();
  await expect(page).toHaveURL(`/sessions/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'History' })).toBeVisible();
  await expect(page.locator('db-booking-history li')).toHaveCount(1);
  await expect(page.locator('db-booking-history')).toContainText('Booked by Jordan Rivera');
  await check(page, 'session detail');
  const coachName = String(await fact(page, 'Coach').textContent()).trim();
  const coach = CODING_COACHES[coachName];
  expect(coach, `an unexpected coach: ${coachName}`).toBeDefined();

  await visit(page, '/sessions', 'my sessions');
  const item = page.locator('db-session-item').filter({ has: page.locator(`a[href="/sessions/${id}"]`) });
  await expect(item).toContainText(`With ${coachName}`);
  await expect(item.locator('db-status-chip')).toHaveText('Booked');

  // The assigned coach finds it in the week of their schedule it falls in (in their zone).
  await page.context().clearCookies();
  await signIn(page, coach.email);
  const coachDate = new Intl.DateTimeFormat('en-CA', { timeZone: coach.timeZone }).format(new Date(start));
  await visit(page, `/schedule?date=${coachDate}`, 'my schedule (week)');
  const entry = page.locator('db-schedule-item').filter({ has: page.locator(`a[href="/sessions/${id}"]`) });
  await expect(entry).toContainText('Coding mock interview');
  await expect(entry).toContainText('With Jordan Rivera');
  await expect(entry.locator('db-status-chip')).toHaveText('Booked');
  // Not started yet: nothing to close.
  await expect(entry.getByRole('button', { name: /^Mark/ })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Day' }).click();
  await expect(page).toHaveURL(/view=day/);
  await check(page, 'my schedule (day)');

  // The student moves it to another time far enough ahead, then cancels it with a reason.
  await page.context().clearCookies();
  await signIn(page, DEMO.student);
  await visit(page, `/sessions/${id}`, 'session detail before rescheduling');
  await page.getByRole('link', { name: 'Reschedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reschedule session' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `Choose a new time with ${coachName}` })).toBeVisible();
  await expect(page.locator(`button.slot[data-start="${start}"]`)).toHaveCount(0);
  const newStart = await firstSlotAfter(page, 48, 'reschedule');
  await pickSlot(page, newStart);
  await expect(page.getByRole('heading', { level: 2, name: 'Move to this time?' })).toBeFocused();
  await check(page, 'reschedule: confirm');
  await page.getByRole('button', { name: 'Confirm new time' }).click();

  await expect(page).toHaveURL(`/sessions/${id}?rescheduled=1`);
  await expect(page.getByRole('status').filter({ hasText: 'Session rescheduled.' })).toBeVisible();
  await expect(page.locator('db-booking-history li')).toHaveCount(2);
  await expect(page.locator('db-booking-history li').last()).toContainText('Rescheduled by Jordan Rivera');
  await check(page, 'session detail after rescheduling');

  await page.getByRole('button', { name: 'Cancel session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel session' }).click();
  await expect(dialog.getByText('Tell your coach why you are cancelling.')).toBeVisible();
  await expect(dialog.getByLabel('Reason for cancelling')).toBeFocused();
  await check(page, 'cancel dialog with an error');
  await dialog.getByLabel('Reason for cancelling').fill('An exam moved to that day');
  await dialog.getByRole('button', { name: 'Cancel session' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Session cancelled.' })).toBeVisible();
  await expect(fact(page, 'Status')).toHaveText('Cancelled');
  await expect(fact(page, 'Reason for cancelling')).toHaveText('An exam moved to that day');
  await expect(page.locator('db-booking-history li')).toHaveCount(3);
  await expect(page.locator('db-booking-history li').last()).toContainText('Reason: An exam moved to that day');
  await expect(page.getByRole('button', { name: 'Cancel session' })).toHaveCount(0);
  await check(page, 'session detail after cancelling');

  await visit(page, '/sessions?tab=past', 'my sessions: past');
  await expect(page.getByRole('tab', { name: 'Past' })).toHaveAttribute('aria-selected', 'true');
});

test('a time taken while the student confirms is refused, with the next free times offered instead', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.student);
  await page.goto('/book');
  await page.getByRole('button', { name: 'Choose Coding mock interview' }).click();
  await page.getByRole('button', { name: /^Priya Raman/ }).click();
  const start = await firstSlotAfter(page, 48, 'book with Priya Raman');
  await pickSlot(page, start);
  await expect(page.getByRole('heading', { level: 2, name: 'Confirm your booking' })).toBeFocused();
  const chosen = new URL(page.url()).searchParams;

  // Meanwhile career center staff book that very time with the same coach for another student.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, DEMO.staff);
  const taken = await takeForAnotherStudent(staff, { sessionTypeId: chosen.get('type'), coachId: chosen.get('coach'), start });

  try {
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    const alert = page.locator('db-refusal-alert').getByRole('alert');
    await expect(alert).toContainText('That slot was just taken.');
    const offers = alert.getByRole('list', { name: 'Next free times' }).getByRole('button');
    await expect(offers.first()).toHaveText(/\w+day \d+ \w+, \d\d:\d\d.* \([A-Za-z_/]+\)/);
    await check(page, 'book: the time was just taken');

    const next = String(await offers.first().getAttribute('data-start'));
    expect(Date.parse(next)).toBeGreaterThan(Date.parse(start));
    await offers.first().click();
    await expect(page.locator('db-refusal-alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You’re booked' })).toBeVisible();
    await expect(fact(page, 'Coach')).toHaveText('Priya Raman');

    // Leave the student's sessions as they were.
    const id = page.url().split('/').pop() as string;
    await page.getByRole('link', { name: 'View session' }).click();
    await page.getByRole('button', { name: 'Cancel session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
    await dialog.getByLabel('Reason for cancelling').fill('Booked by an end-to-end test');
    await dialog.getByRole('button', { name: 'Cancel session' }).click();
    await expect(page).toHaveURL(`/sessions/${id}`);
    await expect(fact(page, 'Status')).toHaveText('Cancelled');
  } finally {
    const freed = await graphql(staff, 'mutation Free($input: CancelBookingInput!) { cancelBooking(input: $input) { id } }', {
      input: { bookingId: taken, reason: 'Booked by an end-to-end test' },
    });
    expect(freed.errors).toBeUndefined();
    await staffContext.close();
  }
});

test('a coach sees the API’s validation next to a weekly range, and adds and removes a day off', async ({ page }) => {
  await signIn(page, DEMO.coach);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Availability' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Availability' })).toBeVisible();
  await check(page, 'availability');

  // A copy of the first Monday range overlaps it (and nothing else): the API says so, next to it.
  const monday = page.getByRole('group', { name: 'Monday' });
  const firstFrom = await monday.getByLabel('From').first().inputValue();
  const firstTo = await monday.getByLabel('To').first().inputValue();
  await monday.getByRole('button', { name: 'Add hours on Monday' }).click();
  const added = monday.locator('.range').last();
  await expect(added.getByLabel('From')).toBeFocused();
  await added.getByLabel('From').fill(firstFrom);
  await added.getByLabel('To').fill(firstTo);
  await page.getByRole('button', { name: 'Save weekly hours' }).click();
  await expect(monday.locator('.range-error')).toHaveCount(1);
  await expect(added.locator('.range-error')).toContainText('overlaps');
  await expect(added.getByLabel('From')).toHaveAttribute('aria-invalid', 'true');
  await expect(added.getByLabel('From')).toBeFocused();
  await check(page, 'availability with a range error');
  await added.getByRole('button', { name: /^Remove/ }).click();
  await expect(monday.getByRole('button', { name: 'Add hours on Monday' })).toBeFocused();

  // A day off far beyond any booking horizon, so no other spec's slots change.
  const date = new Date(Date.now() + 400 * 24 * HOUR).toISOString().slice(0, 10);
  await page.getByLabel('Date').fill(date);
  await page.getByRole('button', { name: 'Add date' }).click();
  const list = page.getByRole('list', { name: 'Upcoming changes to your hours' });
  const dayOff = list.getByRole('listitem').filter({ hasText: 'Day off' });
  await expect(dayOff).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /^Added: day off/ })).toBeVisible();
  await check(page, 'availability with a day off');
  await dayOff.getByRole('button', { name: /^Remove/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Removed:/ })).toBeVisible();
  await expect(dayOff).toHaveCount(0);
});

test('the scheduling pages fit a phone screen', async ({ page }) => {
  const fits = async (path: string) => {
    await visit(page, path, `${path} on a phone`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  };
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, DEMO.student);
  await page.goto('/book');
  await page.getByRole('button', { name: 'Choose Coding mock interview' }).click();
  await page.getByRole('button', { name: /^Any coach/ }).click();
  await fits(page.url().replace(/^https?:\/\/[^/]+/, ''));
  await fits('/sessions');

  await page.context().clearCookies();
  await signIn(page, DEMO.coach);
  await fits('/schedule');
  await fits('/availability');
});

test('students and coaches each get only their own scheduling pages', async ({ page }) => {
  await signIn(page, DEMO.student);
  await page.goto('/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  await expect(page).toHaveURL('/schedule');
  await page.goto('/availability');
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  await expect(page).toHaveURL('/availability');

  await page.context().clearCookies();
  await signIn(page, DEMO.coach);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'My schedule' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Book a session' })).toHaveCount(0);
  await page.goto('/book');
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  await expect(page).toHaveURL('/book');

  await page.context().clearCookies();
  await signIn(page, DEMO.staff);
  await expect(nav.getByRole('link', { name: 'My schedule' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Availability' })).toHaveCount(0);
});

test('a coach sets a video link, a student booking them sees it, and the coach moves that one session to another link', async ({ page }) => {
  test.setTimeout(180_000);
  const LINK = 'https://meet.debrief.example/priya-raman';
  const MOVED = 'https://meet.debrief.example/priya-backup';
  await signIn(page, DEMO.coach);
  await expect(page.getByRole('link', { name: 'Set your availability' })).toBeVisible();
  await visit(page, '/availability', 'availability with the meeting link');
  const linkField = page.getByLabel('Your meeting link');
  await linkField.fill('http://meet.debrief.example/not-secure');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'https://' })).toBeVisible();
  await check(page, 'availability: a refused meeting link');
  await linkField.fill(LINK);
  await linkField.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  let id = '';
  try {
    // The student books Priya: the confirm step and My sessions show her link.
    await page.context().clearCookies();
    await signIn(page, DEMO.student);
    await expect(page.getByRole('link', { name: 'My sessions' }).first()).toBeVisible();
    await page.goto('/book');
    await page.getByRole('button', { name: 'Choose Coding mock interview' }).click();
    await page.getByRole('button', { name: /^Priya Raman/ }).click();
    const start = await firstSlotAfter(page, 48, 'book Priya for her link');
    await pickSlot(page, start);
    const confirm = page.locator('db-book-confirm');
    await expect(fact(page, 'Location', confirm).getByRole('link')).toHaveAttribute('href', LINK);
    await check(page, 'book: confirm with the coach’s link');
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You’re booked' })).toBeVisible();
    id = page.url().split('/').pop() as string;
    await visit(page, '/sessions', 'my sessions with a video link');
    const item = page.locator('db-session-item').filter({ has: page.locator(`a[href="/sessions/${id}"]`) });
    await expect(item.getByRole('link', { name: new RegExp(LINK) })).toHaveAttribute('target', '_blank');

    // Priya moves this one session to another link; the student's page shows the new one.
    await page.context().clearCookies();
    await signIn(page, DEMO.coach);
    await visit(page, `/sessions/${id}`, 'session detail for its coach');
    const field = page.getByLabel('Video link for this session');
    await expect(field).toHaveValue(LINK);
    await field.fill(MOVED);
    await page.getByRole('button', { name: 'Change location' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(fact(page, 'Location').getByRole('link')).toHaveAttribute('href', MOVED);
    await expect(page.locator('db-booking-history li').last()).toContainText(`Now at ${MOVED}`);
    await check(page, 'session detail after moving it');
  } finally {
    // Leave the demo as it was: no link for Priya, the session cancelled.
    await page.context().clearCookies();
    await signIn(page, DEMO.staff);
    if (id) {
      const freed = await graphql(page, 'mutation Free($input: CancelBookingInput!) { cancelBooking(input: $input) { id } }', {
        input: { bookingId: id, reason: 'Booked by an end-to-end test' },
      });
      expect(freed.errors).toBeUndefined();
    }
    const { data } = await graphql<{ coaches: { id: string; name: string }[] }>(page, '{ coaches { id name } }', {});
    const priya = data.coaches.find((c) => c.name === 'Priya Raman');
    const cleared = await graphql(page, 'mutation Clear($input: UpdateCoachProfileInput!) { updateCoachProfile(input: $input) { id } }', {
      input: { coachId: priya?.id, meetingUrl: '' },
    });
    expect(cleared.errors).toBeUndefined();
  }
});
