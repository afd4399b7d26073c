import { expect, test } from '@playwright/test';
import { ALL_ENTRIES, mainNavigation, NAV_ENTRIES } from './navigation';
import { e2eQuery, signIn } from './support';

test('an administrator invites a user, who chooses a password from the emailed link and signs in', async ({
  page,
  browser,
}) => {
  const email = `invitee-${Date.now()}@example.org`;
  const password = 'a-long-invitee-password';

  await signIn(page, 'admin@example.org');
  await mainNavigation(page).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  const invite = async () => {
    await page.getByRole('button', { name: 'Invite a user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a user' });
    await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await dialog.getByLabel('Display name').fill('Ines Invitee');
    await dialog.getByLabel('Organisation').click();
    await page.getByRole('option', { name: 'Netherlands Customs' }).click();
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    return dialog;
  };

  const dialog = await invite();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Invitation pending');

  // Inviting the same address again: the server's field error shows on the email field.
  const again = await invite();
  await expect(again.getByRole('textbox', { name: 'Email', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(again.getByText('Already in use')).toBeVisible();
  await again.getByRole('button', { name: 'Cancel' }).click();

  const [mail] = await e2eQuery<{ text: string }>(
    'SELECT text FROM outbox_email WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
    [email],
  );
  const link = mail?.text.match(/https?:\/\/\S+\/set-password\?token=\S+/)?.[0];
  expect(link, 'the invitation email holds a set-password link').toBeTruthy();

  // The invitee, in a browser of their own.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link as string);
  await expect(invitee.getByRole('heading', { level: 1, name: 'Welcome! Choose your password' })).toBeVisible();
  await invitee.getByLabel('New password').fill(password);
  await invitee.getByLabel('Repeat the password').fill(password);
  await invitee.getByRole('button', { name: 'Save the password' }).click();
  await expect(invitee).toHaveURL(/\/sign-in$/);
  await expect(invitee.getByRole('status')).toContainText('your account is ready');

  await signIn(invitee, email, password);
  await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Welcome, Ines Invitee');
  const navigation = mainNavigation(invitee);
  for (const entry of ALL_ENTRIES) {
    const link = navigation.getByRole('link', { name: NAV_ENTRIES.en[entry], exact: true });
    if (entry === 'home' || entry === 'items' || entry === 'report' || entry === 'insight')
      await expect(link).toBeVisible();
    else await expect(link).toHaveCount(0);
  }
  await inviteeContext.close();
});
