import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support';
import { uniqueWord } from './unique';

/** Chooses an option of a Mantine select or multi-select by the visible label of its input. */
export async function choose(page: Page, label: string, option: string) {
  const choice = page.getByRole('option', { name: option, exact: true });
  // A click during a layout shift (a hint appearing above) may not open the list: click again then.
  await expect(async () => {
    if (!(await choice.isVisible())) await page.getByRole('textbox', { name: label, exact: true }).click();
    await expect(choice).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await choice.click();
}

test('a member drafts a pilot record, finds it by search and by technology, edits it and compares the revisions', async ({
  page,
}) => {
  const word = uniqueWord();
  const title = `Drone patrols of the ${word} coastline`;
  await signIn(page, 'member@example.org');

  // Create: the form of the pilot kind, saved as a draft.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Items' }).click();
  await page.getByRole('button', { name: 'New item' }).click();
  await page.getByRole('menuitem', { name: 'Pilot record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New pilot record' })).toBeVisible();
  await page.getByLabel('Title').fill(title);
  // Likely duplicates appear while the title is typed: the seed has a drone pilot in Rotterdam.
  await expect(
    page
      .getByRole('alert', { name: 'Possible duplicates' })
      .getByRole('link', { name: /Customs drones in the port of Rotterdam/ }),
  ).toBeVisible();
  await page.getByLabel('Summary').fill(`Unmanned aircraft watch the ${word} coast for smuggling boats at night.`);
  await choose(page, 'Technologies', 'Drones');
  await page.keyboard.press('Escape');
  await choose(page, 'Source body', 'Virtual Working Group on the Future of Customs (VWG FC)');
  await choose(page, 'Stage', 'Ongoing');
  await page.getByLabel('Start date').fill('2024-03-01');
  await page.getByRole('textbox', { name: 'Partners' }).fill('Coast guard');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save draft' }).click();

  await expect(page).toHaveURL(/\/items\/PIL-\d{4,}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true }).first()).toBeVisible();
  const reference = page.url().split('/').pop() as string;

  // Find it by search: the search lands in the URL.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Items' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(word);
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}`));
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('link', { name: title })).toBeVisible();
  await expect(results.locator('mark', { hasText: word }).first()).toBeVisible();

  // Find it by technology: the filter lands in the URL, and the link can be shared.
  await page.getByRole('button', { name: 'Clear the search and filters' }).click();
  await expect(page).not.toHaveURL(/q=/);
  // The filters follow the URL, so the box shows as ticked once the URL has changed.
  await page.getByRole('checkbox', { name: /^Drones/ }).click();
  await expect(page).toHaveURL(/[?&]technology=drones/);
  await expect(page.getByRole('checkbox', { name: /^Drones/ })).toBeChecked();
  await expect(results.getByRole('link', { name: title })).toBeVisible();
  const sharedLink = page.url();
  await page.goto(sharedLink);
  await expect(page.getByRole('checkbox', { name: /^Drones/ })).toBeChecked();
  await expect(results.getByRole('link', { name: title })).toBeVisible();

  // Edit: only the changed field is sent; the history then compares the two revisions word by word.
  await results.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${reference}$`));
  await page.getByRole('link', { name: 'Edit' }).click();
  await page
    .getByLabel('Summary')
    .fill(`Unmanned aircraft watch the ${word} coast for smuggling boats by day and night.`);
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${reference}$`));

  const diff = page.getByRole('group', { name: 'Changes from revision 1 to revision 2' });
  await expect(diff.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(diff.locator('ins')).toContainText('by day and');
  await expect(diff.locator('del')).toContainText('at');
});

test('leaving a form with unsaved changes asks first', async ({ page }) => {
  await signIn(page, 'member@example.org');
  await page.goto('/items/new?kind=LESSON');
  await page.getByLabel('Title').fill(`Unsaved lesson ${uniqueWord()}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay on the page' }).click();
  await expect(page).toHaveURL(/\/items\/new\?kind=LESSON$/);
  await expect(page.getByLabel('Title')).not.toHaveValue('');
});

test('a delegate browses items but is offered no way to create one', async ({ page }) => {
  await signIn(page, 'delegate@example.org');
  await page.goto('/items');
  await expect(page.getByRole('heading', { level: 1, name: 'Éléments' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Résultats' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nouvel élément' })).toHaveCount(0);
});
