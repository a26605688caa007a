import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn, visit } from './support/portal';

test('an admin creates a user and sees them in the list', async ({ page }) => {
  const name = `Riley Test ${Date.now()}`;
  const email = `riley.${Date.now()}@students.debrief.example`;

  await signIn(page, DEMO.admin);
  await visit(page, '/admin/users');

  await page.getByRole('button', { name: 'Create a user' }).click();
  const form = page.getByRole('form', { name: 'Create a user' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Coach' }).click();
  await form.getByLabel('Time zone').fill('Europe/Berlin');
  // Pick the zone from the suggestions, as a person does: an open suggestion panel lies over the
  // fields below it, and the run once lost the click on "Create user" to it.
  await page.getByRole('option', { name: 'Europe/Berlin', exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await form.getByLabel('Initial password').fill('a-long-initial-password');
  await checkPage(page, 'create-user form filled in');
  await form.getByRole('button', { name: 'Create user' }).click();

  await expect(page.getByText(`Created ${name}.`)).toBeVisible();
  await page.getByLabel('Search by name or email').fill(email);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(name);
  await expect(row.getByRole('combobox', { name: `Role of ${name}` })).toContainText('Coach');
  await checkPage(page, 'users list with the new user');
});
