import { expect, test } from '@playwright/test';
import { checkPage, DEMO, DEMO_PASSWORD, signIn, visit } from './support/portal';

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

  // Signing out ends the provider's session too: its "sign out?" page, then back to ours; the next
  // campus sign-in asks for the password again instead of coming straight back.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/session\/end/);
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL('/sign-in');
  await checkPage(page, 'sign-in after signing out of the campus account');
  await page.getByRole('link', { name: 'Sign in with CampusID' }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await expect(page.locator('input[name="login"]')).toBeVisible();
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

test.describe('password sign-in turned off', () => {
  // Whatever happens in the test, password sign-in is back on for the specs that follow: the
  // break-glass admin can always sign in with a password and turn it back on.
  test.afterAll(async ({ request }) => {
    const gql = (query: string, variables?: object) => request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
    await gql('mutation($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email: DEMO.admin, password: DEMO_PASSWORD } });
    await gql('mutation { updateSignInSettings(input: { emailSignIn: true }) { emailSignIn } }');
  });

  test('staff keep only the break-glass admin on passwords; the sign-in page then leads with the campus account', async ({ page }) => {
    await signIn(page, DEMO.staff);
    await page.getByRole('link', { name: 'Sign-in', exact: true }).click();
    await checkPage(page, 'sign-in settings');
    await expect(page.getByText('CampusID (OpenID Connect)')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Allow sign-in with email and password' }).uncheck();
    await page.getByLabel('Break-glass administrator email').fill(DEMO.admin);
    await page.getByRole('button', { name: 'Save sign-in settings' }).click();
    await expect(page.getByText('Sign-in settings saved.')).toBeVisible();
    await checkPage(page, 'sign-in settings with password sign-in off');

    await page.context().clearCookies();
    await visit(page, '/sign-in');
    await expect(page.getByText('kept for the center’s emergency administrator account')).toBeVisible();
    await page.getByLabel('Email').fill(DEMO.student);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Password sign-in is turned off here/);
    await checkPage(page, 'sign-in refused while password sign-in is off');

    await signIn(page, DEMO.admin);
    await visit(page, '/admin/sign-in');
    await page.getByRole('checkbox', { name: 'Allow sign-in with email and password' }).check();
    await page.getByRole('button', { name: 'Save sign-in settings' }).click();
    await expect(page.getByText('Sign-in settings saved.')).toBeVisible();
  });
});
