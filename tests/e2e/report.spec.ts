import { expect, test, type Browser, type Page } from '@playwright/test';
import { createItemThroughApi, signIn, transitionThroughApi } from './support';
import { uniqueWord } from './unique';

async function personFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

const SECTION = '3D printing › Potential future applications';

test('the Secretariat traces an accepted item into the draft edition; the item, the document and the comparison show it', async ({
  browser,
}) => {
  const word = uniqueWord();
  const title = `Spare parts printed on board ${word} vessels`;

  // An accepted item of the member's, made through the API: the journey is about the report.
  const member = await personFor(browser, 'member@example.org');
  const reference = await createItemThroughApi(member, {
    kind: 'LESSON',
    title,
    summary: 'Ships print their own spare parts; Customs needs to know which design files crossed the border.',
    technologies: ['3d-printing'],
    source: 'vwg-fc',
    language: 'en',
    context: 'A shipping line printed spare parts at sea.',
    lesson: 'Design files are the goods to watch.',
  });
  await transitionThroughApi(member, reference, 'submit');
  const secretariat = await personFor(browser, 'secretariat@example.org');
  await transitionThroughApi(secretariat, reference, 'accept');

  // Trace it to a section of the draft "2019 edition", found with the item picker.
  await secretariat.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' }).click();
  await secretariat.getByRole('link', { name: '2019 edition' }).click();
  await expect(secretariat.getByRole('heading', { level: 1, name: '2019 edition' })).toBeVisible();
  const editionUrl = secretariat.url();
  const editionId = editionUrl.split('/').pop() as string;
  await secretariat.getByRole('button', { name: `Add an item to “${SECTION}”` }).click();
  const dialog = secretariat.getByRole('dialog', { name: 'Add an item to “Potential future applications”' });
  await dialog.getByRole('searchbox', { name: 'Find an accepted item' }).fill(word);
  await dialog.getByRole('radio', { name: `${reference} · ${title}` }).check();
  await dialog.getByLabel('How the section uses it').fill('Example of printing at sea.');
  await dialog.getByRole('button', { name: 'Trace the item' }).click();
  await expect(dialog).toBeHidden();
  const traces = secretariat.getByRole('list', { name: `Items behind “${SECTION}”` });
  const trace = traces
    .getByRole('listitem')
    .filter({ has: secretariat.getByRole('link', { name: `${reference} · ${title}` }) });
  await expect(trace.getByText('Example of printing at sea.')).toBeVisible();

  // The item page says where it is used, and leads to that section.
  await traces.getByRole('link', { name: `${reference} · ${title}` }).click();
  const usage = secretariat.getByRole('region', { name: 'Used in the report' });
  const usageLink = usage.getByRole('link', { name: `2019 edition › ${SECTION}` });
  await expect(usageLink).toBeVisible();
  await usageLink.click();
  await expect(secretariat).toHaveURL(`${editionUrl}#3d-printing-potential-future-applications`);
  await expect(secretariat.locator('[id="3d-printing-potential-future-applications"]')).toBeInViewport();

  // The compiled HTML document names the item.
  await expect(secretariat.getByRole('link', { name: 'Open as HTML' })).toHaveAttribute(
    'href',
    `/api/v1/report/editions/${editionId}/document?format=html`,
  );
  const document = await secretariat.request.get(`/api/v1/report/editions/${editionId}/document?format=html`);
  expect(document.ok()).toBe(true);
  expect(await document.text()).toContain(reference);

  // Compared with the edition it is based on, the item is new in that section.
  await secretariat.getByRole('textbox', { name: 'Compare with' }).click();
  await secretariat.getByRole('option', { name: '2018 draft' }).click();
  await secretariat.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(secretariat.getByRole('heading', { level: 1, name: 'From 2018 draft to 2019 edition' })).toBeVisible();
  const row = secretariat.getByRole('row', { name: new RegExp(SECTION) });
  await expect(row.getByRole('cell').nth(1).getByRole('link', { name: reference })).toBeVisible();
});
