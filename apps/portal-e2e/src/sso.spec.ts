import { expect, test } from '@playwright/test';
import { checkPage, visit } from './support/portal';

/**
 * Single sign-on through a real OpenID Connect provider (oidc-provider, started with the app):
 * the browser leaves for the provider's login page and comes back signed in, as a new account.
 */
test('a student signs in with the campus account and lands back signed in', async ({ page }) => {
  const email = `student.e2e-${Date.now().toString(36)}@campus.example`;
  await visit(page, '/sign-in?returnUrl=%2Fworkshops');
  await checkPage(page, 'sign-in with single sign-on offered');

  await page.getByRole('link', { name: 'Sign in with CampusID' }).click();
  // The provider's own login page (not ours): any password, the login is the email.
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('campus-password');
  await page.locator('button[type="submit"]').click();

  await expect(page).toHaveURL('/workshops');
  await checkPage(page, 'workshops after single sign-on');
  await visit(page, '/');
  await expect(page.locator('main h1')).toHaveText(/Welcome, Student/);
  await checkPage(page, 'home after single sign-on');
});

test('a refused campus sign-in comes back to the sign-in page with the reason', async ({ page }) => {
  await visit(page, '/sign-in');
  await page.getByRole('link', { name: 'Sign in with CampusID' }).click();
  await page.locator('input[name="login"]').fill(`someone-${Date.now()}@elsewhere.example`);
  await page.locator('input[name="password"]').fill('whatever');
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/sign-in\?sso=DOMAIN$/);
  await expect(page.getByRole('alert')).toHaveText(/that email domain cannot sign in/);
  await checkPage(page, 'sign-in after a refused campus sign-in');
});
