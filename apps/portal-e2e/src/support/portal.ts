import { expect, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectNoSidewaysScroll } from './narrow';

export const DEMO_PASSWORD = 'debrief-demo';
export const DEMO = {
  admin: 'admin@debrief.example',
  staff: 'staff@debrief.example',
  coach: 'coach@debrief.example',
  student: 'student@debrief.example',
} as const;

/** Waits until the page shows its h1 and nothing is loading any more. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('db-page-state mat-progress-spinner')).toHaveCount(0);
  // Material fades error messages in; axe must judge the finished colours, not a half-faded frame.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Settles, then checks the page with axe: every page the specs visit goes through here. */
export async function checkPage(page: Page, label?: string): Promise<void> {
  await settle(page);
  await expectNoAxeViolations(page, label);
  await expectNoSidewaysScroll(page, label ?? page.url());
}

/** Opens a path and checks it. */
export async function visit(page: Page, path: string, label = path): Promise<void> {
  await page.goto(path);
  await checkPage(page, label);
}

/** Signs in through the form (checking the sign-in page on the way) and waits for home. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await visit(page, '/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/');
  await checkPage(page, `home as ${email}`);
}
