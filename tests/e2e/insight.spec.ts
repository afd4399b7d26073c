import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './support';

const CHARTS = [
  'Items by technology and kind',
  'Where items stand',
  'Items over time',
  'Pilots by country',
  'Technology interlinkages',
];

/** A chart's card. Its table, once shown, is a scrolling region of the same name inside it: the card comes first. */
function card(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true }).first();
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'on screen').not.toBeNull();
  return found as NonNullable<typeof found>;
}

type Box = Awaited<ReturnType<typeof box>>;

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
}

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

test('every chart offers its figures as a table inside its card', async ({ page }) => {
  await signIn(page, 'member@example.org');
  await page.goto('/insight');
  for (const title of CHARTS) {
    const chart = card(page, title);
    await chart.getByRole('button', { name: 'Show the figures as a table' }).click();
    const table = chart.getByRole('table');
    await expect(table, title).toBeVisible();
    await expect(table.getByRole('row').nth(1), title).toBeVisible();
  }
});

for (const width of [1280, 360]) {
  test(`at ${width} px every legend sits in its card above the chart, the pilots have bars and the whole interlinkage matrix shows`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, 'member@example.org');
    await page.goto('/insight');
    // Recharts grows the bars from zero height; on a loaded machine that takes more than the default 5 s.
    await expect(card(page, 'Pilots by country').locator('.recharts-bar-rectangle path').first()).toBeVisible({
      timeout: 20_000,
    });
    expect(await pageScrollWidth(page), 'no sideways scrolling of the page').toBeLessThanOrEqual(width);

    for (const title of ['Items by technology and kind', 'Items over time', 'Pilots by country']) {
      const chart = card(page, title);
      const legend = chart.locator('.mantine-ChartLegend-legend');
      const legendBox = await box(legend);
      expect(inside(legendBox, await box(chart)), `${title}: legend inside its card`).toBe(true);
      // A legend is a line or two of names above the chart, not a column of one name per line.
      const items = await legend.locator('.mantine-ChartLegend-legendItem').all();
      const rows = new Set(await Promise.all(items.map(async (item) => Math.round((await box(item)).y / 8))));
      expect(rows.size, `${title}: legend rows`).toBeLessThanOrEqual(width === 1280 ? 1 : 2);
      for (const label of await chart.locator('.recharts-xAxis .recharts-cartesian-axis-tick-value').all()) {
        expect(overlap(legendBox, await box(label)), `${title}: legend clear of the axis labels`).toBe(false);
      }
    }

    const bars = card(page, 'Pilots by country').locator('.recharts-bar-rectangle path');
    await expect
      .poll(
        async () => {
          const heights = await Promise.all((await bars.all()).map(async (bar) => (await box(bar)).height));
          return heights.length > 0 && heights.every((height) => height >= 10);
        },
        { message: 'every pilot bar tall enough to see', timeout: 20_000 },
      )
      .toBe(true);

    const matrix = card(page, 'Technology interlinkages');
    const matrixBox = await box(matrix);
    const corners = matrix.locator('table').first().locator('tbody tr:last-child td:last-child');
    expect(inside(await box(corners), matrixBox), 'the last cell of the matrix inside its card').toBe(true);
  });
}

test('the trend over time only rises: running totals, not a line that drops to zero in every empty month', async ({
  page,
}) => {
  await signIn(page, 'member@example.org');
  await page.goto('/insight');
  const lines = card(page, 'Items over time').locator('path.recharts-line-curve');
  await expect(lines).toHaveCount(2);
  for (const line of await lines.all()) {
    const numbers = ((await line.getAttribute('d')) ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    const heights = numbers.filter((_, index) => index % 2 === 1);
    expect(heights.length).toBeGreaterThan(2);
    // Screen coordinates: a line that rises or stays level never has a larger y further right.
    heights.slice(1).forEach((y, index) => expect(y).toBeLessThanOrEqual(heights[index] + 0.01));
  }
});
