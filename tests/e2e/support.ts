import { expect, type Page } from '@playwright/test';
import type { TItemContentInput } from '@srt/contracts';
import pg from 'pg';

export const PASSWORD = process.env.TEST_PASSWORD ?? 'correct-horse-battery-staple';

/** The journeys' own database (see tests/support/serve-e2e.mjs), for reading the email outbox. */
export async function e2eQuery<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const url = new URL(process.env.TEST_DATABASE_ADMIN_URL as string);
  url.pathname = `/${process.env.E2E_DATABASE ?? 'e2e'}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  // The delegate's saved language is French: the navigation is then labelled "Principale".
  await expect(page.getByRole('navigation', { name: /^(main|principale)$/i })).toBeVisible();
}

/** The API's CSRF defence: state-changing requests carry this header, as the web client's do. */
const CSRF_HEADERS = { 'X-Requested-With': 'fetch' };

/** Creates a draft through the API with the page's session, for journeys that start from an existing item. */
export async function createItemThroughApi(page: Page, content: TItemContentInput): Promise<string> {
  const response = await page.request.post('/api/v1/items', { data: content, headers: CSRF_HEADERS });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

/** Moves an item through the workflow through the API, for journeys about what comes after. */
export async function transitionThroughApi(
  page: Page,
  reference: string,
  action: string,
  comment?: string,
): Promise<void> {
  const response = await page.request.post(`/api/v1/items/${reference}/transitions`, {
    data: { action, comment },
    headers: CSRF_HEADERS,
  });
  expect(response.status(), await response.text()).toBe(200);
}
