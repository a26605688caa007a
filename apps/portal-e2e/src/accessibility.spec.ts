import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn, visit } from './support/portal';

test.describe('every page passes axe (WCAG 2.1 A/AA)', () => {
  test('signed out: sign-in errors and an invitation with a bad token', async ({ page }) => {
    await visit(page, '/sign-in');
    await page.getByLabel('Email').fill(DEMO.student);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('don’t match');
    await checkPage(page, 'sign-in with a wrong password');

    await visit(page, '/accept-invite?token=not-a-real-token', 'accept-invite');
    await page.getByLabel('Your name').fill('Robin Invitee');
    await page.getByLabel('Password', { exact: true }).fill('a-long-password-1');
    await page.getByLabel('Repeat password').fill('a-long-password-1');
    await page.getByRole('button', { name: 'Set up my account' }).click();
    await expect(page.getByRole('alert')).toContainText('invitation link is invalid');
    await checkPage(page, 'accept-invite with a bad token');
  });

  test('student: home, coaches, coach detail and profile', async ({ page }) => {
    await signIn(page, DEMO.student);
    await visit(page, '/coaches');
    await page.locator('db-coach-card').first().getByRole('link').click();
    await checkPage(page, 'coach detail');
    await visit(page, '/profile');
    await page.getByLabel('Pronouns (optional)').fill('they/them');
    const timeZone = page.getByRole('combobox', { name: 'Time zone' });
    await timeZone.fill('berlin');
    await expect(page.getByRole('option', { name: 'Europe/Berlin' })).toBeVisible();
    await checkPage(page, 'profile with the time-zone suggestions open');
    await timeZone.press('ArrowDown');
    await timeZone.press('Enter');
    await expect(timeZone).toHaveValue('Europe/Berlin');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Profile saved.')).toBeVisible();
    await checkPage(page, 'profile after saving');
  });

  test('student: staff pages are out of reach', async ({ page }) => {
    await signIn(page, DEMO.student);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
      'Home',
      'Book a session',
      'My sessions',
      'Workshops',
      'My workshops',
      'Peer practice',
      'Calendar feed',
      'Coaches',
      'My profile',
      'My feedback',
      'My plan',
      'Practise an answer',
      'Journal',
      'Progress',
      'Question bank',
    ]);
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
    await expect(page).toHaveURL('/admin/users');
  });

  test('coach: home and profile', async ({ page }) => {
    await signIn(page, DEMO.coach);
    await visit(page, '/profile');
  });

  test('staff: read-only users and the outbox', async ({ page }) => {
    await signIn(page, DEMO.staff);
    await visit(page, '/admin/users');
    await expect(page.getByRole('button', { name: 'Create a user' })).toHaveCount(0);
    await visit(page, '/outbox');
  });

  test('admin: users with both forms open, an invitation in the outbox and its dialog', async ({ page }) => {
    const email = `casey.${Date.now()}@students.debrief.example`;
    await signIn(page, DEMO.admin);
    await visit(page, '/admin/users');
    await page.getByRole('button', { name: 'Create a user' }).click();
    await page.getByRole('button', { name: 'Invite by email' }).click();
    await checkPage(page, 'users with the forms open');

    const invite = page.getByRole('form', { name: 'Invite by email' });
    await invite.getByLabel('Name').fill('Casey Invitee');
    await invite.getByLabel('Email').fill(email);
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();

    await visit(page, '/outbox');
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toHaveCount(1);
    await row.getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await checkPage(page, 'outbox message dialog (text)');
    await dialog.getByRole('tab', { name: 'HTML' }).click();
    await expect(dialog.locator('iframe')).toBeVisible();
    await checkPage(page, 'outbox message dialog (HTML)');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('phone width: the navigation drawer', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, DEMO.admin);
    const toggle = page.getByRole('button', { name: 'Navigation' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await checkPage(page, 'home with the drawer open');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coaches' }).click();
    await expect(page).toHaveURL('/coaches');
    await checkPage(page, 'coaches at phone width');
  });
});
