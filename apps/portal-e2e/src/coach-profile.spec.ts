import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn, visit } from './support/portal';

test('a coach edits their directory profile and students see it in the directory', async ({ page }) => {
  const headline = 'Mock coding loops with a written debrief after every round';
  await signIn(page, DEMO.coach);
  await visit(page, '/profile');

  const form = page.getByRole('form', { name: 'Directory profile' });
  const headlineField = form.getByLabel('Headline');
  await expect(headlineField).toHaveValue('Staff engineer, ex-interviewer for a large cloud provider');
  const specialties = form.getByRole('group', { name: 'Specialties' });
  await expect(specialties.getByRole('checkbox', { name: 'Coding interview' })).toBeChecked();
  await checkPage(page, 'profile with the directory profile form');

  await headlineField.fill(headline);
  // The specialties are plain checkboxes: reachable with Tab, toggled with Space.
  const behavioral = specialties.getByRole('checkbox', { name: 'Behavioral' });
  await behavioral.focus();
  await page.keyboard.press('Space');
  await expect(behavioral).toBeChecked();
  await form.getByRole('button', { name: 'Save directory profile' }).click();
  await expect(page.getByText('Directory profile saved.')).toBeVisible();
  await checkPage(page, 'profile after saving the directory profile');

  await page.context().clearCookies();
  await signIn(page, DEMO.student);
  await visit(page, '/coaches?specialty=BEHAVIORAL', 'coaches filtered by Behavioral');
  const card = page.locator('db-coach-card').filter({ hasText: 'Priya Raman' });
  await expect(card).toContainText(headline);
  await expect(card.getByRole('list', { name: 'Specialties' })).toContainText('Behavioral');
});

test("staff edit a coach's profile in place and the page shows the new values", async ({ page }) => {
  const bio = 'Payments and streaming platforms; practises estimates and trade-offs out loud.';
  await signIn(page, DEMO.staff);
  await visit(page, '/coaches');
  await page.getByRole('link', { name: 'Marcus Chen' }).click();
  await checkPage(page, 'coach detail as staff');

  const edit = page.getByRole('button', { name: 'Edit profile' });
  await edit.click();
  await expect(page.getByRole('heading', { name: 'Edit directory profile' })).toBeFocused();
  const form = page.getByRole('form', { name: 'Directory profile' });
  await checkPage(page, 'coach detail with the editor open');

  await form.getByLabel('Headline').fill('x'.repeat(161));
  await form.getByRole('button', { name: 'Save directory profile' }).click();
  await expect(form.getByText('Use at most 160 characters (now 161).')).toBeVisible();
  await expect(form.getByLabel('Headline')).toBeFocused();
  await checkPage(page, 'coach editor with an error');

  await form.getByLabel('Headline').fill('Distributed systems architect');
  await form.getByLabel('Bio').fill(bio);
  await form.getByRole('button', { name: 'Save directory profile' }).click();
  await expect(page.getByText('Directory profile saved.')).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('article')).toContainText(bio);
  await expect(edit).toBeFocused();
});
