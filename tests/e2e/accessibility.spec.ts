import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support';

/** The violations that block a user (axe impact serious or critical), in a form that reads well in a failure. */
async function seriousViolations(page: Page) {
  // A drawer or menu fades in: axe measuring colours mid-transition sees half-transparent text.
  // Endless animations (a spinner) never finish and are left out.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      where: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

test('the sign-in page has no serious accessibility violation', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the home page has no serious accessibility violation', async ({ page }) => {
  await signIn(page, 'admin@example.org');
  await expect(page.getByRole('heading', { level: 3, name: 'Blockchain' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2019 edition' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the administration pages have no serious accessibility violation', async ({ page }) => {
  await signIn(page, 'admin@example.org');
  await page.goto('/admin/users');
  await expect(page.getByRole('cell', { name: 'admin@example.org' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  for (const [path, ready] of [
    ['/admin/organisations', 'Netherlands Customs'],
    ['/admin/audit', 'system.seeded'],
    ['/admin/taxonomies', 'blockchain'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('cell', { name: ready }).first()).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test('the report page has no serious accessibility violation', async ({ page }) => {
  await signIn(page, 'member@example.org');
  await page.getByRole('link', { name: '2019 edition' }).click();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the items, item and triage pages have no serious accessibility violation', async ({ page }) => {
  await signIn(page, 'secretariat@example.org');
  await page.goto('/items?technology=blockchain');
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
  expect(await seriousViolations(page), '/items').toEqual([]);

  // A seeded item with links, report usages, a timeline and revisions to show.
  await page.goto('/items/PIL-0001');
  await expect(page.getByRole('heading', { level: 2, name: 'Revision history' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Used in the report' }).getByRole('link').first()).toBeVisible();
  expect(await seriousViolations(page), '/items/PIL-0001').toEqual([]);

  await page.goto('/triage');
  await expect(page.getByRole('region', { name: 'Review queue' }).getByRole('row').nth(1)).toBeVisible();
  expect(await seriousViolations(page), '/triage').toEqual([]);
});

test('the report page of the Secretariat, its coverage and a comparison have no serious accessibility violation', async ({
  page,
}) => {
  await signIn(page, 'secretariat@example.org');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' }).click();
  await page.getByRole('link', { name: '2019 edition' }).click();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible();
  expect(await seriousViolations(page), 'contents').toEqual([]);

  // A chapter with suspect links and their actions.
  await page.goto(`${page.url()}#blockchain-use-in-customs`);
  await expect(page.getByRole('button', { name: /^Confirm the link to PIL-/ }).first()).toBeVisible();
  expect(await seriousViolations(page), 'chapter with suspect links').toEqual([]);

  await page.getByRole('link', { name: 'The coverage in full' }).click();
  await expect(page.getByRole('region', { name: 'Technologies × chapters' })).toBeVisible();
  expect(await seriousViolations(page), 'coverage').toEqual([]);

  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'From 2018 draft to 2019 edition' })).toBeVisible();
  expect(await seriousViolations(page), 'comparison').toEqual([]);
});

test('the items and item pages fit a 360 px wide screen', async ({ page }) => {
  await signIn(page, 'member@example.org');
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [path, ready] of [
    ['/items', page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()],
    ['/items/PIL-0001', page.getByRole('heading', { level: 2, name: 'Revision history' })],
    ['/items/new?kind=PILOT', page.getByRole('button', { name: 'Save draft' })],
  ] as const) {
    await page.goto(path);
    await expect(ready).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    expect(scrollWidth, path).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test('the home page fits a 360 px wide screen without sideways scrolling', async ({ page }) => {
  await signIn(page, 'admin@example.org');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: 'Blockchain' })).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
  expect(scrollWidth).toBeLessThanOrEqual(360);

  // The navigation sits behind the burger button there.
  await page.getByRole('button', { name: 'Open the navigation' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toBeInViewport();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the report page at 360 px, with its contents drawer open, fits the screen and has no serious accessibility violation', async ({
  page,
}) => {
  await signIn(page, 'secretariat@example.org');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('link', { name: '2019 edition' }).click();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible();
  const scrollWidth = () => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
  expect(await scrollWidth()).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page), 'chapter').toEqual([]);

  await page.getByRole('button', { name: 'Contents and coverage' }).click();
  const drawer = page.getByRole('dialog', { name: 'Contents and coverage' });
  await expect(drawer.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();
  expect(await seriousViolations(page), 'contents drawer').toEqual([]);
});

test('the insight page has no serious accessibility violation and fits a 360 px wide screen', async ({ page }) => {
  await signIn(page, 'delegate@example.org');
  await page.goto('/insight');
  await expect(page.locator('.recharts-bar-rectangle path').first()).toBeVisible();
  expect(await seriousViolations(page), '1280 px').toEqual([]);

  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse' })).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page), '360 px').toEqual([]);
});
