import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import en from '../../apps/web/src/i18n/en.json';
import fr from '../../apps/web/src/i18n/fr.json';
import { signIn } from './support';

// A look at every page of SPEC §5, as the role it is for, at a desktop and a phone width, in both
// languages. The screenshots land in test-results/pages/<page>-<language>-<width>.png: whoever
// changes a page looks at them before submitting.

type Language = 'en' | 'fr';
type Role = 'member' | 'secretariat' | 'admin' | 'delegate';

const LANGUAGES: readonly Language[] = ['en', 'fr'];
const WIDTHS = [1280, 360] as const;
const SCREENSHOTS = path.join('test-results', 'pages');
const CSRF_HEADERS = { 'X-Requested-With': 'fetch' };
const TEXTS = { en, fr } as const;

/** A text of the web client's translations, interpolated as i18next does. */
function text(language: Language, key: string, params: Record<string, string> = {}): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], TEXTS[language]);
  if (typeof found !== 'string') throw new Error(`no ${language} text for ${key}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');
}

/** Every text whose French differs from its English: met on a French page, it is an untranslated string. */
function englishOnlyTexts(): Set<string> {
  const found = new Set<string>();
  const walk = (english: unknown, french: unknown) => {
    if (typeof english === 'string') {
      if (english !== french && !english.includes('{{')) found.add(english);
      return;
    }
    for (const [key, value] of Object.entries(english as Record<string, unknown>)) {
      walk(value, (french as Record<string, unknown>)[key]);
    }
  };
  walk(en, fr);
  return found;
}
const ENGLISH_ONLY = englishOnlyTexts();

interface Visit {
  page: Page;
  language: Language;
  t: (key: string, params?: Record<string, string>) => string;
}

interface PageCase {
  name: string;
  /** Who the page is for (SPEC §5); none for the pages before sign-in. */
  role: Role | null;
  path: (page: Page) => Promise<string>;
  /** A heading (or, where the page's title is data, a landmark) worded in the page's language. */
  heading: (visit: Visit) => Locator;
  /** The page's content, once loaded. */
  ready?: (visit: Visit) => Locator;
}

async function apiJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

async function editionId(page: Page, label: string): Promise<string> {
  const editions = await apiJson<{ id: string; label: string }[]>(page, '/api/v1/report/editions');
  const edition = editions.find((each) => each.label === label);
  if (!edition) throw new Error(`no edition ${label}`);
  return edition.id;
}

/** One of the member's own drafts, for the edit form. */
async function memberDraft(page: Page): Promise<string> {
  const drafts = await apiJson<{ items: { reference: string }[] }>(
    page,
    '/api/v1/items?mine=true&status=DRAFT&limit=1',
  );
  const draft = drafts.items[0];
  if (!draft) throw new Error('the member has no draft');
  return draft.reference;
}

const PAGES: PageCase[] = [
  {
    name: 'sign-in',
    role: null,
    path: async () => '/sign-in',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('signIn.title'), exact: true }),
  },
  {
    name: 'forgot-password',
    role: null,
    path: async () => '/forgot-password',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('forgotPassword.title'), exact: true }),
  },
  {
    name: 'home',
    role: 'member',
    path: async () => '/',
    heading: ({ page, t }) =>
      page.getByRole('heading', { level: 1, name: t('home.welcome', { name: 'Maarten Member' }), exact: true }),
    ready: ({ page }) => page.getByRole('link', { name: '2019 edition' }),
  },
  {
    name: 'items',
    role: 'delegate',
    path: async () => '/items',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('items.title'), exact: true }),
    ready: ({ page, t }) =>
      page
        .getByRole('list', { name: t('items.results') })
        .getByRole('listitem')
        .first(),
  },
  {
    name: 'item',
    role: 'member',
    path: async () => '/items/PIL-0001',
    // The item's title is data: its sections are headed in the page's language.
    heading: ({ page, t }) => page.getByRole('heading', { level: 2, name: t('item.revisions.title'), exact: true }),
    ready: ({ page, t }) =>
      page
        .getByRole('region', { name: t('item.usedIn') })
        .getByRole('link')
        .first(),
  },
  {
    name: 'new-item',
    role: 'member',
    path: async () => '/items/new?kind=PILOT',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('itemForm.newTitle.PILOT'), exact: true }),
  },
  {
    name: 'edit-item',
    role: 'member',
    path: async (page) => `/items/${await memberDraft(page)}/edit`,
    heading: ({ page, t }) =>
      page.getByRole('heading', { level: 1, name: new RegExp(`^${t('itemForm.editTitle', { reference: '' })}`) }),
  },
  {
    name: 'triage',
    role: 'secretariat',
    path: async () => '/triage',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('triage.title'), exact: true }),
    ready: ({ page }) => page.getByRole('row').nth(1),
  },
  {
    name: 'report-editions',
    role: 'member',
    path: async () => '/report',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('report.title'), exact: true }),
    ready: ({ page }) => page.getByRole('link', { name: '2019 edition' }),
  },
  {
    name: 'report',
    role: 'secretariat',
    path: async (page) => `/report/${await editionId(page, '2019 edition')}`,
    // The edition's label is data: its contents are headed in the page's language (in a drawer below 75em).
    heading: ({ page, t }) =>
      page
        .getByRole('heading', { level: 2, name: t('report.tableOfContents'), exact: true })
        .or(page.getByRole('button', { name: t('report.contents.open'), exact: true })),
    ready: ({ page }) => page.getByRole('heading', { level: 1, name: '2019 edition' }),
  },
  {
    name: 'report-coverage',
    role: 'secretariat',
    path: async (page) => `/report/${await editionId(page, '2019 edition')}?view=coverage`,
    heading: ({ page, t }) => page.getByRole('heading', { level: 2, name: t('report.coverage.details'), exact: true }),
    ready: ({ page }) => page.getByRole('table').first(),
  },
  {
    name: 'report-compare',
    role: 'member',
    path: async (page) =>
      `/report/compare/${await editionId(page, '2018 draft')}/${await editionId(page, '2019 edition')}`,
    heading: ({ page, t }) =>
      page.getByRole('heading', {
        level: 1,
        name: t('report.compare.title', { from: '2018 draft', to: '2019 edition' }),
        exact: true,
      }),
  },
  {
    name: 'insight',
    role: 'delegate',
    path: async () => '/insight',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('insight.title'), exact: true }),
    ready: ({ page }) => page.locator('.recharts-bar-rectangle path').first(),
  },
  {
    name: 'notification-settings',
    role: 'member',
    path: async () => '/settings/notifications',
    heading: ({ page, t }) =>
      page.getByRole('heading', { level: 1, name: t('notificationSettings.title'), exact: true }),
  },
  {
    name: 'taxonomies',
    role: 'secretariat',
    path: async () => '/admin/taxonomies',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('taxonomies.title'), exact: true }),
    ready: ({ page }) => page.getByRole('cell', { name: 'blockchain' }).first(),
  },
  {
    name: 'import',
    role: 'secretariat',
    path: async () => '/admin/import',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('import.title'), exact: true }),
  },
  {
    name: 'users',
    role: 'admin',
    path: async () => '/admin/users',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('users.title'), exact: true }),
    ready: ({ page }) => page.getByRole('cell', { name: 'admin@example.org' }),
  },
  {
    name: 'organisations',
    role: 'admin',
    path: async () => '/admin/organisations',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('organisations.title'), exact: true }),
    ready: ({ page }) => page.getByRole('cell', { name: 'Netherlands Customs' }),
  },
  {
    name: 'audit',
    role: 'admin',
    path: async () => '/admin/audit',
    heading: ({ page, t }) => page.getByRole('heading', { level: 1, name: t('audit.title'), exact: true }),
    ready: ({ page }) => page.getByRole('row').nth(1),
  },
];

const EMAILS: Record<Role, string> = {
  member: 'member@example.org',
  secretariat: 'secretariat@example.org',
  admin: 'admin@example.org',
  delegate: 'delegate@example.org',
};

async function saveLanguage(page: Page, preferredLanguage: Language): Promise<void> {
  const changed = await page.request.patch('/api/v1/auth/me', { data: { preferredLanguage }, headers: CSRF_HEADERS });
  expect(changed.status()).toBe(200);
}

/** What, on the page as it is now, a user would see as broken; empty when it looks right. */
async function layoutDefects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const defects: string[] = [];
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} «${(
        element.textContent ?? ''
      )
        .trim()
        .slice(0, 40)}»`;
    /** The box the user sees of an element: a scrolling container it sits in clips it. */
    const shownBox = (element: Element, within: Element) => {
      for (let node = element.parentElement; node && node !== within; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== 'visible') return node.getBoundingClientRect();
      }
      return element.getBoundingClientRect();
    };
    const outside = (inner: DOMRect, outer: DOMRect) =>
      inner.left < outer.left - 1 ||
      inner.right > outer.right + 1 ||
      inner.top < outer.top - 1 ||
      inner.bottom > outer.bottom + 1;

    // Chart legends and tables inside their cards.
    for (const card of Array.from(document.querySelectorAll('.mantine-Card-root'))) {
      if (!visible(card)) continue;
      const cardBox = card.getBoundingClientRect();
      for (const part of Array.from(card.querySelectorAll('.mantine-ChartLegend-legend, table, .recharts-wrapper'))) {
        if (visible(part) && outside(shownBox(part, card), cardBox)) {
          defects.push(`${describe(part)} sticks out of its card ${describe(card)}`);
        }
      }
    }
    // Badges inside their table cell or card, not over the next column.
    for (const badge of Array.from(document.querySelectorAll('.mantine-Badge-root'))) {
      const holder = badge.closest('td, th, .mantine-Card-root');
      if (!holder || !visible(badge)) continue;
      const badgeBox = badge.getBoundingClientRect();
      const holderBox = holder.getBoundingClientRect();
      if (badgeBox.left < holderBox.left - 1 || badgeBox.right > holderBox.right + 1) {
        defects.push(`${describe(badge)} sticks out of ${describe(holder)}`);
      }
    }
    // Text cut off: a badge's or a button's label wider than the control shows it.
    for (const label of Array.from(document.querySelectorAll('.mantine-Badge-label, .mantine-Button-label'))) {
      if (visible(label) && label.scrollWidth > label.clientWidth + 1) {
        defects.push(`${describe(label)} is cut off`);
      }
    }
    return defects;
  });
}

/** The headings and column titles of a French page that are still English. */
async function englishLeftOvers(page: Page): Promise<string[]> {
  const shown = await page
    .locator('h1, h2, h3, h4, h5, h6, th, button, label, [role="tab"]')
    .evaluateAll((elements) =>
      elements
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => (element.textContent ?? '').trim()),
    );
  return [...new Set(shown.filter((each) => ENGLISH_ONLY.has(each)))];
}

async function look(page: Page, visit: Visit, pageCase: PageCase, width: number, problems: string[]) {
  const label = `${pageCase.name}, ${visit.language}, ${width} px`;
  await page.setViewportSize({ width, height: 800 });
  await page.goto(await pageCase.path(page));
  await expect(pageCase.heading(visit), `${label}: heading in the page's language`).toBeVisible();
  await expect(page.locator('html'), label).toHaveAttribute('lang', visit.language);
  if (pageCase.ready) await expect(pageCase.ready(visit), `${label}: content`).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.mantine-Loader-root'), `${label}: still loading`).toHaveCount(0, { timeout: 20_000 });
  await page.evaluate(() => document.fonts.ready);
  // Charts draw their bars and lines with a short animation.
  await page.waitForTimeout(pageCase.name === 'insight' ? 1500 : 300);
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${pageCase.name}-${visit.language}-${width}.png`),
    fullPage: true,
  });

  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
  expect.soft(scrollWidth, `${label}: no sideways scrolling of the page`).toBeLessThanOrEqual(width);
  expect.soft(await layoutDefects(page), `${label}: layout`).toEqual([]);
  if (visit.language === 'fr') expect.soft(await englishLeftOvers(page), `${label}: untranslated`).toEqual([]);
  expect.soft(problems, `${label}: console errors`).toEqual([]);
  problems.length = 0;
}

async function visitAll(browser: Browser, pageCase: PageCase) {
  for (const language of LANGUAGES) {
    // Before sign-in the browser's language decides; afterwards the user's saved one.
    const context = await browser.newContext({
      locale: pageCase.role ? 'en-GB' : language === 'fr' ? 'fr-FR' : 'en-GB',
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // Before sign-in the client asks who is signed in, and the answer "nobody" is a 401.
      const askedWhoIsSignedIn = message.location().url.endsWith('/api/v1/auth/me') && message.text().includes('401');
      if (message.type() === 'error' && !askedWhoIsSignedIn) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const visit: Visit = { page, language, t: (key, params) => text(language, key, params) };
    let saved: Language | null = null;
    try {
      if (pageCase.role) {
        await signIn(page, EMAILS[pageCase.role]);
        saved = (await apiJson<{ preferredLanguage: Language }>(page, '/api/v1/auth/me')).preferredLanguage;
        if (saved !== language) await saveLanguage(page, language);
      }
      for (const width of WIDTHS) await look(page, visit, pageCase, width, problems);
    } finally {
      // The other journeys meet the seeded users in their own language.
      if (saved && saved !== language) await saveLanguage(page, saved);
      await context.close();
    }
  }
}

for (const pageCase of PAGES) {
  test(`the ${pageCase.name} page${pageCase.role ? ` as ${pageCase.role}` : ''} looks right at ${WIDTHS.join(
    ' and ',
  )} px, in English and in French`, async ({ browser }) => {
    await visitAll(browser, pageCase);
  });
}
