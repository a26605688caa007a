import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, visit } from './support/portal';

test('the sign-in form works by keyboard alone', async ({ page }) => {
  await visit(page, '/sign-in');

  const email = page.getByLabel('Email');
  const password = page.getByLabel('Password');
  // Nothing focusable sits before the form on the signed-out layout: one Tab reaches the email field.
  await page.keyboard.press('Tab');
  await expect(email).toBeFocused();
  await page.keyboard.type(DEMO.student);

  await page.keyboard.press('Tab');
  await expect(password).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome');
  // Navigation moved focus to the new page's heading.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('an empty sign-in shows inline errors and focuses the first field', async ({ page }) => {
  await visit(page, '/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).press('Enter');
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expect(page.getByLabel('Email')).toBeFocused();
});
