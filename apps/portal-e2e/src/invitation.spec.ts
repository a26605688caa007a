import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn, visit } from './support/portal';

test('an invited student accepts the emailed link, chooses a password and lands signed in', async ({ page }) => {
  const email = `sam.${Date.now()}@students.debrief.example`;

  await signIn(page, DEMO.admin);
  await visit(page, '/admin/users');
  await page.getByRole('button', { name: 'Invite by email' }).click();
  const invite = page.getByRole('form', { name: 'Invite by email' });
  await invite.getByLabel('Name').fill('Sam Invited');
  await invite.getByLabel('Email').fill(email);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();

  // The dev outbox holds the email; its text body carries the link.
  await visit(page, '/outbox');
  await page.getByRole('row').filter({ hasText: email }).getByRole('button').click();
  const body = await page.getByRole('dialog').locator('pre').innerText();
  const link = body.match(/https?:\/\/\S+\/accept-invite\?token=\S+/)?.[0];
  expect(link, 'invitation link in the email text').toBeTruthy();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await visit(page, new URL(link ?? '').pathname + new URL(link ?? '').search, 'accept-invite with a valid token');
  await page.getByLabel('Your name').fill('Sam Invited');
  await page.getByLabel('Password', { exact: true }).fill('sam-chooses-a-password');
  await page.getByLabel('Repeat password').fill('sam-chooses-another');
  await page.getByRole('button', { name: 'Set up my account' }).click();
  await expect(page.getByText('The passwords don’t match.')).toBeVisible();
  await checkPage(page, 'accept-invite with mismatched passwords');

  await page.getByLabel('Repeat password').fill('sam-chooses-a-password');
  await page.getByRole('button', { name: 'Set up my account' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Sam');
  await checkPage(page, 'home as the new student');
});
