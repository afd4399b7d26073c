import { expect, test } from '@playwright/test';
import { ALL_ENTRIES, mainNavigation, NAV_ENTRIES, type Language, type NavEntry } from './navigation';
import { PASSWORD, signIn } from './support';

const ACCOUNTS: { email: string; language: Language; entries: NavEntry[] }[] = [
  {
    email: 'admin@example.org',
    language: 'en',
    entries: [
      'home',
      'items',
      'triage',
      'report',
      'insight',
      'taxonomies',
      'import',
      'users',
      'organisations',
      'audit',
    ],
  },
  {
    email: 'secretariat@example.org',
    language: 'en',
    entries: ['home', 'items', 'triage', 'report', 'insight', 'taxonomies', 'import'],
  },
  { email: 'member@example.org', language: 'en', entries: ['home', 'items', 'report', 'insight'] },
  { email: 'member2@example.org', language: 'en', entries: ['home', 'items', 'report', 'insight'] },
  // Seeded with French as the preferred language: the interface follows it after sign-in.
  { email: 'delegate@example.org', language: 'fr', entries: ['home', 'items', 'report', 'insight'] },
];

for (const account of ACCOUNTS) {
  test(`${account.email} sees exactly the navigation of its role`, async ({ page }) => {
    await signIn(page, account.email);
    const navigation = mainNavigation(page, account.language);
    for (const entry of ALL_ENTRIES) {
      const link = navigation.getByRole('link', { name: NAV_ENTRIES[account.language][entry], exact: true });
      if (account.entries.includes(entry)) await expect(link).toBeVisible();
      else await expect(link).toHaveCount(0);
    }
    await expect(navigation.getByRole('link')).toHaveCount(account.entries.length);
  });
}

test('a member who opens an administration page is told it is not allowed', async ({ page }) => {
  await signIn(page, 'member@example.org');
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('a wrong password is announced in an alert', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('member@example.org');
  await page.getByLabel('Password').fill('not-the-right-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('too many failed attempts say when to try again', async ({ page }) => {
  // The real limit would also lock out every later journey from this address, so the answer is simulated.
  await page.route('**/api/v1/auth/login', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '540' },
      body: JSON.stringify({
        type: 'https://study-report-tracker.example/problems/too-many-attempts',
        title: 'Too many attempts',
        status: 429,
        code: 'TOO_MANY_ATTEMPTS',
        retryAfterSeconds: 540,
        detail: 'Try again in 9 minute(s).',
      }),
    }),
  );
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('member@example.org');
  await page.getByLabel('Password').fill('another-wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Too many attempts. Try again in 9 minutes.');
});

test('signing out returns to the sign-in page, and a protected page then asks to sign in first', async ({ page }) => {
  await signIn(page, 'member@example.org');
  await page.getByRole('button', { name: 'Maarten Member' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toHaveText('You have signed out.');

  await page.goto('/report');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  // Signing in again leads back to the page that was asked for.
  await page.getByLabel('Email').fill('member@example.org');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Study Report' })).toBeVisible();
});

test('switching to French changes the interface and is remembered after a reload', async ({ page }) => {
  await signIn(page, 'member2@example.org');
  await page.getByRole('button', { name: 'Min-jun Member' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();

  const navigation = mainNavigation(page, 'fr');
  await expect(navigation.getByRole('link', { name: 'Accueil', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue, Min-jun Member');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.reload();
  await expect(navigation.getByRole('link', { name: 'Rapport', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue, Min-jun Member');

  // Back to English, so that the account is as seeded for any later journey.
  await page.getByRole('button', { name: 'Min-jun Member' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(mainNavigation(page, 'en').getByRole('link', { name: 'Home', exact: true })).toBeVisible();
});
