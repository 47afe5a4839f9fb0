import { Locator, Page, expect } from '@playwright/test';

export const PASSWORD = 'Demo@2026';

export async function signIn(page: Page, userName: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-user').fill(userName);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Picks an option of a mat-select by its visible text. */
export async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** A short unique suffix so tests can run twice against one database. */
export function unique(): string {
  return Date.now().toString(36).slice(-5).toUpperCase();
}

/**
 * A Material dialog moves focus to its first field when its opening animation ends; text typed before that can land
 * in the wrong field on a busy machine. Wait for that focus before typing.
 */
export async function dialogReady(dialog: Locator, firstFieldTestId: string): Promise<void> {
  await expect(dialog.getByTestId(firstFieldTestId)).toBeFocused();
}
