import { expect, test, type Browser, type Page } from '@playwright/test';
import { lessonContent } from '../support/item-contents';
import { createItemThroughApi, signIn, transitionThroughApi } from './support';
import { uniqueWord } from './unique';

async function personFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

const SECTION = '3D printing › Potential future applications';

/** A 3D printing lesson of the member's, submitted and accepted through the API. */
async function acceptedLesson(
  browser: Browser,
  title: string,
  text: { summary: string; context: string; lesson: string },
): Promise<{ secretariat: Page; reference: string }> {
  const member = await personFor(browser, 'member@example.org');
  const reference = await createItemThroughApi(
    member,
    lessonContent({ title, ...text, technologies: ['3d-printing'], source: 'vwg-fc' }),
  );
  await transitionThroughApi(member, reference, 'submit');
  const secretariat = await personFor(browser, 'secretariat@example.org');
  await transitionThroughApi(secretariat, reference, 'accept');
  return { secretariat, reference };
}

test('the Secretariat traces an accepted item into the draft edition; the item, the document and the comparison show it', async ({
  browser,
}) => {
  const word = uniqueWord();
  const title = `Spare parts printed on board ${word} vessels`;

  // An accepted item of the member's, made through the API: the journey is about the report.
  const { secretariat, reference } = await acceptedLesson(browser, title, {
    summary: 'Ships print their own spare parts; Customs needs to know which design files crossed the border.',
    context: 'A shipping line printed spare parts at sea.',
    lesson: 'Design files are the goods to watch.',
  });

  // Trace it to a section of the draft "2019 edition", found with the item picker.
  await secretariat.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' }).click();
  await secretariat.getByRole('link', { name: '2019 edition' }).click();
  await expect(secretariat.getByRole('heading', { level: 1, name: '2019 edition' })).toBeVisible();
  const editionUrl = secretariat.url();
  const editionId = editionUrl.split('/').pop() as string;
  // One chapter at a time: the 3D printing chapter is opened from the table of contents.
  await secretariat
    .getByRole('navigation', { name: 'Table of contents' })
    .getByRole('link', { name: /^3D printing/ })
    .click();
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

interface EditionTree {
  id: string;
  chapters: {
    id: string;
    title: string;
    technology: { nameEn: string } | null;
    sections: { id: string; anchor: string; title: string; traces: { item: { status: string } }[] }[];
  }[];
}

/** The seeded draft "2019 edition", as the API gives it, for its chapter names and anchors. */
async function edition2019(page: Page): Promise<EditionTree> {
  const editions = (await (await page.request.get('/api/v1/report/editions')).json()) as {
    id: string;
    label: string;
  }[];
  const id = editions.find((edition) => edition.label === '2019 edition')?.id;
  expect(id).toBeTruthy();
  return (await (await page.request.get(`/api/v1/report/editions/${id}`)).json()) as EditionTree;
}

const pageHeight = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
const pageWidth = (page: Page) =>
  page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);

test('the report opens one chapter at a time beside its contents: every chapter of the 2019 edition fits in 2,500 px at 1280 px wide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'secretariat@example.org');
  const edition = await edition2019(page);
  await page.goto(`/report/${edition.id}`);
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  for (const chapter of edition.chapters) {
    const title = chapter.technology?.nameEn ?? chapter.title;
    // The open chapter lists its sections under it, and a section may bear the chapter's name: the chapter comes first.
    await contents
      .getByRole('link', { name: new RegExp(`^${title}`) })
      .first()
      .click();
    const heading = page.getByRole('heading', { level: 2, name: title, exact: true });
    await expect(heading).toBeVisible();
    // The chapter's own heading takes the focus, so keyboard and screen reader users start there.
    await expect(heading).toBeFocused();
    expect(await pageHeight(page), title).toBeLessThan(2500);
  }

  // Scrolled to the end of the longest chapter, the contents are still beside it.
  await contents.getByRole('link', { name: /^Blockchain/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Blockchain', exact: true })).toBeFocused();
  expect(await pageHeight(page)).toBeGreaterThan(1500);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeInViewport();
  await expect(contents.getByRole('link', { name: /^Blockchain/ })).toBeInViewport();
  // The coverage is there too, not behind a tab.
  await expect(page.getByRole('region', { name: 'Coverage' }).getByText(/suspect link/)).toBeInViewport();
});

test('a suspect link of a section is one click away from the contents, with its confirm and remove actions', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'secretariat@example.org');
  const edition = await edition2019(page);
  await page.goto(`/report/${edition.id}`);
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  // The Blockchain chapter says in the contents that some of its links need checking.
  const blockchain = contents.getByRole('link', { name: /^Blockchain .*suspect links?$/ });
  await blockchain.press('Enter');
  await contents.getByRole('link', { name: /^Use in Customs, border and supply chain management .*suspect/ }).click();
  await expect(page).toHaveURL(`/report/${edition.id}#blockchain-use-in-customs`);
  const place = 'Blockchain › Use in Customs, border and supply chain management';
  await expect(page.locator('[id="blockchain-use-in-customs"]')).toBeInViewport();
  await expect(page.getByRole('button', { name: `Edit the section ${place}` })).toBeInViewport();
  const traces = page.getByRole('list', { name: `Items behind “${place}”` });
  await expect(traces.getByRole('button', { name: /^Confirm the link to PIL-/ }).first()).toBeInViewport();
  await expect(traces.getByRole('button', { name: /^Remove the link to PIL-/ }).first()).toBeInViewport();

  // From the coverage in full, a suspect link leads back to its section.
  await page.getByRole('link', { name: 'The coverage in full' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The coverage in full' })).toBeFocused();
  await page
    .getByRole('link', { name: new RegExp(`^PIL-\\d+ → ${place}`) })
    .first()
    .click();
  await expect(page.locator('[id="blockchain-use-in-customs"]')).toBeInViewport();
});

test('the shared URL of a section or a chapter opens it for someone else', async ({ browser }) => {
  const secretariat = await personFor(browser, 'secretariat@example.org');
  const edition = await edition2019(secretariat);
  await secretariat.goto(`/report/${edition.id}`);
  const contents = secretariat.getByRole('navigation', { name: 'Table of contents' });
  await contents.getByRole('link', { name: /^Drones/ }).click();
  await expect(secretariat.getByRole('heading', { level: 2, name: 'Drones', exact: true })).toBeVisible();
  const chapterUrl = secretariat.url();
  await contents.getByRole('link', { name: /^Risks and benefits/ }).click();
  await expect(secretariat.locator('[id="drones-risks-and-benefits"]')).toBeInViewport();
  const sectionUrl = secretariat.url();

  // The delegate reads in French: the same links open the same places.
  const delegate = await personFor(browser, 'delegate@example.org');
  await delegate.goto(sectionUrl);
  await expect(delegate.getByRole('heading', { level: 2, name: 'Drones', exact: true })).toBeVisible();
  await expect(delegate.locator('[id="drones-risks-and-benefits"]')).toBeInViewport();
  await expect(delegate.locator('[id="drones-risks-and-benefits"]')).toBeFocused();
  await expect(
    delegate.getByRole('navigation', { name: 'Table des matières' }).getByRole('link', { name: /^Risks and benefits/ }),
  ).toHaveAttribute('aria-current', 'location');

  await delegate.goto('/');
  await delegate.goto(chapterUrl);
  await expect(delegate.getByRole('heading', { level: 2, name: 'Drones', exact: true })).toBeVisible();
  await expect(delegate.getByRole('heading', { level: 3, name: 'What it is' })).toBeVisible();
});

test('at 360 px the contents fold into a drawer that opens chapters and sections, and the page never scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'member@example.org');
  const edition = await edition2019(page);
  await page.goto(`/report/${edition.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Background', exact: true })).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeHidden();

  const open = page.getByRole('button', { name: 'Contents and coverage' });
  const drawer = page.getByRole('dialog', { name: 'Contents and coverage' });
  await open.click();
  await drawer.getByRole('link', { name: /^Artificial Intelligence/ }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Artificial Intelligence', exact: true })).toBeFocused();
  expect(await pageWidth(page)).toBeLessThanOrEqual(360);

  await open.click();
  await drawer.getByRole('link', { name: /^Risks and benefits/ }).click();
  await expect(drawer).toBeHidden();
  const section = page.locator('[id="ai-risks-and-benefits"]');
  await expect(section).toBeInViewport();
  await expect(section).toBeFocused();

  // Closed without choosing, the drawer gives the focus back to its button.
  await open.click();
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(open).toBeFocused();

  await page
    .getByRole('navigation', { name: 'Chapters' })
    .getByRole('link', { name: /3D printing/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: '3D printing', exact: true })).toBeFocused();
  expect(await pageWidth(page)).toBeLessThanOrEqual(360);
});

test('a traced item that is reopened and rejected is marked withdrawn for the Secretariat and gone for a delegate', async ({
  browser,
}) => {
  const word = uniqueWord();
  const title = `Printed ${word} parts later found unsafe`;
  const { secretariat, reference } = await acceptedLesson(browser, title, {
    summary: 'A lesson the Secretariat accepted, traced, then rejected on a second review.',
    context: 'Printed parts failed.',
    lesson: 'Check the material.',
  });
  const edition = await edition2019(secretariat);
  const chapter = edition.chapters.find((each) => each.technology?.nameEn === '3D printing');
  const target = chapter?.sections[0];
  const sectionId = target?.id;
  expect(sectionId).toBeTruthy();
  const sectionTitle = target?.title as string;
  const itemsBefore = target?.traces.filter((each) => each.item.status === 'ACCEPTED').length;
  const traced = await secretariat.request.post(`/api/v1/report/sections/${sectionId}/traces`, {
    data: { itemRef: reference },
    headers: { 'X-Requested-With': 'fetch' },
  });
  expect(traced.status(), await traced.text()).toBe(201);
  await transitionThroughApi(secretariat, reference, 'reopen', 'New test results arrived.');
  await transitionThroughApi(secretariat, reference, 'reject', 'The parts proved unsafe.');

  await secretariat.goto(`/report/${edition.id}?chapter=${chapter?.id}`);
  const trace = secretariat
    .getByRole('listitem')
    .filter({ has: secretariat.getByRole('link', { name: `${reference} · ${title}` }) });
  await expect(trace.getByText('Withdrawn from the report: Rejected')).toBeVisible();
  // The contents count it for no item: the section it sits in shows as many items as before.
  const contents = secretariat.getByRole('navigation', { name: 'Table of contents' });
  await expect(
    contents.getByRole('link', { name: new RegExp(`^${sectionTitle} ${itemsBefore} items?`) }),
  ).toBeVisible();
  await secretariat.goto(`/report/${edition.id}?view=coverage`);
  await expect(secretariat.getByRole('heading', { name: /links? withdrawn from the report/ })).toBeVisible();
  await expect(
    secretariat.getByRole('link', { name: new RegExp(`^${reference} \\(Rejected\\) → 3D printing`) }),
  ).toBeVisible();

  const delegate = await personFor(browser, 'delegate@example.org');
  await delegate.goto(`/report/${edition.id}?chapter=${chapter?.id}`);
  await expect(delegate.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(delegate.getByRole('list').first()).toBeVisible();
  await expect(delegate.getByText(title)).toHaveCount(0);
  await expect(delegate.getByText(reference)).toHaveCount(0);
});
