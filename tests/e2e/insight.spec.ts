import { expect, test } from '@playwright/test';
import { signIn } from './support';

test('a delegate opens the insight page, selects a technology bar and lands on the filtered browse page', async ({
  page,
}) => {
  await signIn(page, 'delegate@example.org');
  await page.goto('/insight');
  const section = page.getByRole('region', { name: /par technologie|by technology/i });
  await expect(section).toBeVisible();
  const bar = section.locator('.recharts-bar-rectangle path').first();
  await bar.waitFor();
  await bar.click();
  await expect(page).toHaveURL(/\/items\?.*technology=[a-z0-9-]+/);
  const technology = new URL(page.url()).searchParams.get('technology');
  expect(technology).toBeTruthy();
});

test('the figures are also offered as a table, with links to the browse page', async ({ page }) => {
  await signIn(page, 'member@example.org');
  await page.goto('/insight');
  await page
    .getByRole('button', { name: /show the figures as a table/i })
    .first()
    .click();
  const link = page.getByRole('link', { name: 'Blockchain' }).first();
  await link.click();
  await expect(page).toHaveURL(/\/items\?.*technology=blockchain/);
});
