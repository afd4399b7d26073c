import { expect, test } from '@playwright/test';
import { e2eQuery, PASSWORD, signIn } from './support';

const SENT = 'If an account exists for this address, we have sent it a link to choose a new password.';

test('the forgot-password page gives the same answer whether or not the account exists', async ({ page }) => {
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill('nobody@example.org');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText(SENT);
});

test('a user who forgot the password chooses a new one from the emailed link', async ({ page }) => {
  const email = 'member2@example.org';
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  // The sign-in page has an Email field too: fill the one of the page the link opened.
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText(SENT);

  // The email is written after the request is answered (the answer must not say whether the
  // account exists by taking longer): wait for it.
  const latestLink = async () => {
    const [mail] = await e2eQuery<{ text: string }>(
      'SELECT text FROM outbox_email WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
      [email],
    );
    return mail?.text.match(/https?:\/\/\S+\/reset-password\?token=\S+/)?.[0];
  };
  await expect.poll(latestLink, { message: 'the email holds a reset link', timeout: 10_000 }).toBeTruthy();
  const link = await latestLink();

  await page.goto(link as string);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password').fill('too-short');
  await page.getByLabel('Repeat the password').fill('something else');
  await page.getByRole('button', { name: 'Save the password' }).click();
  // Each error is tied to its field, so a screen reader reads it with the field.
  await expect(page.getByLabel('New password')).toHaveAccessibleDescription('Use at least 12 characters');
  await expect(page.getByLabel('Repeat the password')).toHaveAccessibleDescription(
    'The two passwords are not the same',
  );

  // The seeded password again, so the account stays as every other journey expects it.
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Repeat the password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Save the password' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toHaveText('Your new password is saved. You can sign in with it now.');
  await signIn(page, email);

  // A link works once.
  await page.goto(link as string);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Repeat the password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Save the password' }).click();
  await expect(page.getByRole('alert')).toHaveText('This link is invalid, already used or expired. Ask for a new one.');
});
