import type { TEditionTree, TItemStatus } from '@srt/contracts';
import { marked } from 'marked';
import TestAgent from 'supertest/lib/agent';
import { recommendationContent } from '../support/item-contents';
import { createItemIn, setStatus } from '../support/items';
import { startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
let secretariat: TestAgent;
let member: TestAgent;
let delegate: TestAgent;

/** A drone recommendation of the member's, put in `status` directly. */
const itemIn = (status: TItemStatus, title: string) =>
  createItemIn(testApp, member, status, recommendationContent({ title, technologies: ['drones'] }));

async function newEdition(label: string, basedOnId: string | null = null): Promise<TEditionTree> {
  return (await secretariat.post('/api/v1/report/editions').send({ label, basedOnId }).expect(201)).body;
}

/** A chapter or section of a draft edition, made by the Secretariat as the tests' setting. */
async function newChapter(editionId: string, input: { title: string; technology?: string }) {
  return (await secretariat.post(`/api/v1/report/editions/${editionId}/chapters`).send(input).expect(201)).body;
}

async function newSection(
  editionId: string,
  input: { chapterId: string; title: string; intro?: string; position?: number },
) {
  return (await secretariat.post(`/api/v1/report/editions/${editionId}/sections`).send(input).expect(201)).body;
}

const section = (tree: TEditionTree, chapter: string, title: string) => {
  const found = tree.chapters.find((each) => each.title === chapter)?.sections.find((each) => each.title === title);
  if (!found) throw new Error(`no section ${chapter} › ${title}`);
  return found;
};

beforeAll(async () => {
  testApp = await startTestApp();
  [secretariat, member, delegate] = await Promise.all([
    testApp.signIn('secretariat'),
    testApp.signIn('member'),
    testApp.signIn('delegate'),
  ]);
});
afterAll(() => testApp.close());

describe('structure and trace links', () => {
  let edition: TEditionTree;
  let sectionId: string;

  beforeAll(async () => {
    edition = await newEdition('Test edition A');
    const chapter = await newChapter(edition.id, { title: 'Drones', technology: 'drones' });
    await newSection(edition.id, {
      chapterId: chapter.id,
      title: 'Risks and benefits',
      intro: 'Drones extend surveillance.',
    });
    const uses = await newSection(edition.id, { chapterId: chapter.id, title: 'Use in Customs', position: 1 });
    sectionId = uses.id;
    const tree = (await delegate.get(`/api/v1/report/editions/${edition.id}`).expect(200)).body;
    expect(tree.chapters[0].sections.map((each: { title: string }) => each.title)).toEqual([
      'Use in Customs',
      'Risks and benefits',
    ]);
    expect(tree.chapters[0].sections[0].anchor).toBe('drones-use-in-customs');
  });

  it('traces only accepted items, once per section, and shows the place on the item', async () => {
    const accepted = await itemIn('ACCEPTED', 'Drone patrols of the port perimeter');
    const submitted = await itemIn('SUBMITTED', 'Drone patrols still under review');
    const trace = await secretariat
      .post(`/api/v1/report/sections/${sectionId}/traces`)
      .send({ itemRef: accepted, note: 'Example of a port patrol.' })
      .expect(201);
    expect(trace.body).toMatchObject({
      suspect: false,
      note: 'Example of a port patrol.',
      item: { reference: accepted },
    });
    await secretariat
      .post(`/api/v1/report/sections/${sectionId}/traces`)
      .send({ itemRef: accepted, note: 'Again' })
      .expect(409);
    await secretariat.post(`/api/v1/report/sections/${sectionId}/traces`).send({ itemRef: submitted }).expect(409);
    const missing = await secretariat
      .post(`/api/v1/report/sections/${sectionId}/traces`)
      .send({ itemRef: 'REC-9999' })
      .expect(400);
    expect(missing.body.errors[0].path).toBe('itemRef');
    await member.post(`/api/v1/report/sections/${sectionId}/traces`).send({ itemRef: accepted }).expect(403);
    const item = await delegate.get(`/api/v1/items/${accepted}`).expect(200);
    expect(item.body.usedIn).toEqual([
      expect.objectContaining({
        edition: 'Test edition A',
        chapter: 'Drones',
        section: 'Use in Customs',
        anchor: 'drones-use-in-customs',
        suspect: false,
      }),
    ]);
  });

  it('marks links suspect when their section changes, until confirmed', async () => {
    const tree = (await delegate.get(`/api/v1/report/editions/${edition.id}`).expect(200)).body as TEditionTree;
    const traceId = section(tree, 'Drones', 'Use in Customs').traces[0].id;
    await secretariat
      .patch(`/api/v1/report/sections/${sectionId}`)
      .send({ intro: 'Rewritten after the 2019 workshop.' })
      .expect(200);
    const changed = (await delegate.get(`/api/v1/report/editions/${edition.id}`).expect(200)).body as TEditionTree;
    expect(section(changed, 'Drones', 'Use in Customs').traces[0].suspect).toBe(true);
    const coverage = await delegate.get(`/api/v1/report/editions/${edition.id}/coverage`).expect(200);
    expect(coverage.body.suspectLinks).toEqual([expect.objectContaining({ traceId, section: 'Use in Customs' })]);
    const confirmed = await secretariat.post(`/api/v1/report/traces/${traceId}/confirm`).expect(200);
    expect(confirmed.body.suspect).toBe(false);
  });
});

describe('editions', () => {
  it('copies structure and links into a new edition, independent afterwards; a section that then differs carries suspect links', async () => {
    const base = await newEdition('Test edition B');
    const chapter = await newChapter(base.id, { title: 'Drones', technology: 'drones' });
    const target = await newSection(base.id, { chapterId: chapter.id, title: 'Use in Customs' });
    const reference = await itemIn('ACCEPTED', 'Drone inspections of vessels');
    await secretariat
      .post(`/api/v1/report/sections/${target.id}/traces`)
      .send({ itemRef: reference, note: 'Vessel inspections.' })
      .expect(201);

    const next = await newEdition('Test edition B2', base.id);
    const copied = section(next, 'Drones', 'Use in Customs');
    expect(copied.id).not.toBe(target.id);
    expect(copied.traces.map((trace) => [trace.item.reference, trace.note, trace.suspect])).toEqual([
      [reference, 'Vessel inspections.', false],
    ]);

    await secretariat
      .patch(`/api/v1/report/sections/${copied.id}`)
      .send({ title: 'Use in Customs and at sea' })
      .expect(200);
    const after = (await delegate.get(`/api/v1/report/editions/${next.id}`).expect(200)).body as TEditionTree;
    expect(section(after, 'Drones', 'Use in Customs and at sea').traces[0].suspect).toBe(true);
    const untouched = (await delegate.get(`/api/v1/report/editions/${base.id}`).expect(200)).body as TEditionTree;
    expect(section(untouched, 'Drones', 'Use in Customs').traces[0].suspect).toBe(false);
    await secretariat
      .post('/api/v1/report/editions')
      .send({ label: 'Orphan', basedOnId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    await secretariat.post('/api/v1/report/editions').send({ label: 'Test edition B' }).expect(409);
  });

  it('refuses publishing with suspect links unless forced, records the force, then freezes the edition', async () => {
    const edition = await newEdition('Test edition C');
    const chapter = await newChapter(edition.id, { title: 'Drones', technology: 'drones' });
    const target = await newSection(edition.id, { chapterId: chapter.id, title: 'Risks' });
    const reference = await itemIn('ACCEPTED', 'Drone privacy safeguards');
    const trace = (
      await secretariat.post(`/api/v1/report/sections/${target.id}/traces`).send({ itemRef: reference }).expect(201)
    ).body;
    await secretariat.patch(`/api/v1/report/sections/${target.id}`).send({ intro: 'Changed.' }).expect(200);
    const refused = await secretariat.post(`/api/v1/report/editions/${edition.id}/publish`).send({}).expect(409);
    expect(refused.body.suspectLinks).toBe(1);
    const published = await secretariat
      .post(`/api/v1/report/editions/${edition.id}/publish`)
      .send({ force: true })
      .expect(200);
    expect(published.body.status).toBe('PUBLISHED');
    const [audit] = await testApp.query<{ action: string; summary: string }>(
      "SELECT action, summary FROM audit_log WHERE entity_id = $1 AND action LIKE 'edition.published%'",
      [edition.id],
    );
    expect(audit).toEqual({
      action: 'edition.published_forced',
      summary: 'Published "Test edition C" despite 1 suspect link(s) (forced)',
    });

    await secretariat.patch(`/api/v1/report/sections/${target.id}`).send({ intro: 'Frozen?' }).expect(409);
    await secretariat.post(`/api/v1/report/editions/${edition.id}/chapters`).send({ title: 'More' }).expect(409);
    await secretariat.delete(`/api/v1/report/traces/${trace.id}`).expect(409);
    await secretariat.post(`/api/v1/report/traces/${trace.id}/confirm`).expect(409);
    await secretariat.patch(`/api/v1/report/editions/${edition.id}`).send({ label: 'Renamed' }).expect(409);
    await secretariat.post(`/api/v1/report/editions/${edition.id}/publish`).send({}).expect(409);

    const reopened = await secretariat
      .post(`/api/v1/items/${reference}/transitions`)
      .send({ action: 'reopen', comment: 'New evidence.' })
      .expect(409);
    expect(reopened.body.detail).toContain('published edition');
  });
});

describe('coverage, document and diff', () => {
  it('reports untraced items, empty sections, counts per chapter and the technology × chapter matrix', async () => {
    const edition = await newEdition('Test edition D');
    const chapter = await newChapter(edition.id, { title: 'Drones', technology: 'drones' });
    const used = await newSection(edition.id, { chapterId: chapter.id, title: 'Used' });
    await newSection(edition.id, { chapterId: chapter.id, title: 'Empty' });
    const traced = await itemIn('ACCEPTED', 'Traced drone recommendation');
    const untraced = await itemIn('ACCEPTED', 'Untraced drone recommendation');
    await secretariat.post(`/api/v1/report/sections/${used.id}/traces`).send({ itemRef: traced }).expect(201);
    const coverage = (await delegate.get(`/api/v1/report/editions/${edition.id}/coverage`).expect(200)).body;
    const untracedRefs = coverage.untraced.map((item: { reference: string }) => item.reference);
    expect(untracedRefs).toContain(untraced);
    expect(untracedRefs).not.toContain(traced);
    expect(coverage.emptySections.map((place: { section: string }) => place.section)).toEqual(['Empty']);
    expect(coverage.perChapter).toEqual([
      { chapterId: chapter.id, title: 'Drones', sections: 2, emptySections: 1, items: 1 },
    ]);
    const cell = (technology: string) =>
      coverage.matrix.cells.find(
        (each: { technology: string; chapterId: string }) =>
          each.technology === technology && each.chapterId === chapter.id,
      ).count;
    expect(cell('drones')).toBe(1);
    expect(cell('blockchain')).toBe(0);
    expect(coverage.untracedByTechnology).toEqual(
      expect.arrayContaining([expect.objectContaining({ technology: 'drones', kind: 'RECOMMENDATION' })]),
    );
  });

  it('compiles Markdown and HTML with contents, anchors and linked item references', async () => {
    const editions = (await delegate.get('/api/v1/report/editions').expect(200)).body as {
      id: string;
      label: string;
    }[];
    const draft2018 = editions.find((edition) => edition.label === '2018 draft') as { id: string };
    const tree = (await delegate.get(`/api/v1/report/editions/${draft2018.id}`).expect(200)).body as TEditionTree;
    const traced = tree.chapters.flatMap((chapter) => chapter.sections.flatMap((each) => each.traces))[0];
    const markdown = await delegate.get(`/api/v1/report/editions/${draft2018.id}/document?format=md`).expect(200);
    expect(markdown.headers['content-type']).toContain('text/markdown');
    expect(markdown.text).toContain('# Study Report on Disruptive Technologies — 2018 draft');
    expect(markdown.text).toContain('## 3. Blockchain');
    expect(markdown.text).toContain('<a id="blockchain-what-it-is"></a>');
    expect(markdown.text).toContain(
      `**[${traced.item.reference}](${testApp.config.PUBLIC_URL}/items/${traced.item.reference})**`,
    );
    const html = await delegate.get(`/api/v1/report/editions/${draft2018.id}/document?format=html`).expect(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.text).toContain('<section id="blockchain-what-it-is">');
    expect(html.text).toContain('<a href="#blockchain-what-it-is">What it is</a>');
    expect(html.text).toContain(`href="${testApp.config.PUBLIC_URL}/items/${traced.item.reference}"`);
    expect(html.text).not.toMatch(/<script/i);
    await delegate.get(`/api/v1/report/editions/${draft2018.id}/document?format=pdf`).expect(400);
  });

  it('keeps Markdown in section text from injecting scripts into the HTML document', async () => {
    const edition = await newEdition('Test edition E');
    const chapter = await newChapter(edition.id, { title: 'Safety' });
    await newSection(edition.id, {
      chapterId: chapter.id,
      title: 'Hostile',
      intro: 'Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> **bold**',
    });
    const html = await delegate.get(`/api/v1/report/editions/${edition.id}/document`).expect(200);
    expect(html.text).toContain('<strong>bold</strong>');
    expect(html.text).not.toMatch(/<script>alert|onerror/);
  });

  it('keeps styles, forms and frames in section text out of the HTML document', async () => {
    const edition = await newEdition('Test edition E2');
    const chapter = await newChapter(edition.id, { title: 'Overlay' });
    await newSection(edition.id, {
      chapterId: chapter.id,
      title: 'Hostile styles',
      intro:
        '<div style="position:fixed;inset:0;background:white">Session expired</div>\n\n' +
        '<form action="https://evil.example"><input name="password"></form><iframe src="https://evil.example"></iframe>\n\n' +
        '[sign in again](javascript:alert(1)) [docs](https://example.org)',
    });
    const html = (await delegate.get(`/api/v1/report/editions/${edition.id}/document`).expect(200)).text;
    const main = html.slice(html.indexOf('<main>'));
    expect(main).toContain('Session expired');
    expect(main).not.toMatch(/style=|<form|<input|<iframe|javascript:/i);
    expect(main).toContain('<a href="https://example.org" rel="noopener noreferrer">docs</a>');
  });

  it('writes titles, summaries and notes into the Markdown document as plain text', async () => {
    const edition = await newEdition('Edition <script>alert(1)</script>');
    const chapter = await newChapter(edition.id, { title: '<img src=x onerror=alert(1)>' });
    const hostileSection = await newSection(edition.id, {
      chapterId: chapter.id,
      title: '[sign in](javascript:alert(1))',
    });
    const reference = await itemIn('ACCEPTED', '**Bold** <script>alert(2)</script> title');
    await testApp.query('UPDATE item SET summary = $2 WHERE reference = $1', [
      reference,
      '# Heading?\n<iframe src="https://evil.example"></iframe>',
    ]);
    await secretariat
      .post(`/api/v1/report/sections/${hostileSection.id}/traces`)
      .send({ itemRef: reference, note: '![pixel](https://evil.example/p.png) _note_' })
      .expect(201);
    const markdown = (await delegate.get(`/api/v1/report/editions/${edition.id}/document?format=md`).expect(200)).text;
    const rendered = marked.parse(markdown, { async: false }) as string;
    expect(rendered).not.toMatch(/<script|<img|<iframe|href="javascript|<h\d>Heading/i);
    const text = rendered
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    for (const written of [
      'Edition <script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[sign in](javascript:alert(1))',
      '**Bold** <script>alert(2)</script> title',
      '# Heading?',
      '<iframe src="https://evil.example"></iframe>',
      '![pixel](https://evil.example/p.png) _note_',
    ])
      expect(text.replace(/&quot;/g, '"')).toContain(written);
  });

  it('diffs the seeded editions: the added chapter, and items added, removed and moved per section', async () => {
    const editions = (await delegate.get('/api/v1/report/editions').expect(200)).body as {
      id: string;
      label: string;
    }[];
    const [from, to] = ['2018 draft', '2019 edition'].map(
      (label) => editions.find((edition) => edition.label === label) as { id: string },
    );
    const diff = (await delegate.get(`/api/v1/report/editions/${from.id}/diff/${to.id}`).expect(200)).body;
    expect(
      diff.sections
        .filter((each: { change: string }) => each.change === 'added')
        .map((each: { chapter: string }) => each.chapter),
    ).toEqual(expect.arrayContaining(['Virtual reality']));
    expect(diff.sections.filter((each: { change: string }) => each.change === 'removed')).toEqual([]);

    const next = await newEdition('Test edition F', to.id);
    const tree = next;
    const source = tree.chapters
      .flatMap((chapter) => chapter.sections)
      .find((each) => each.traces.length > 0) as TEditionTree['chapters'][number]['sections'][number];
    const moving = source.traces[0];
    const destination = section(tree, 'Drones', 'Potential future applications');
    await secretariat.delete(`/api/v1/report/traces/${moving.id}`).expect(204);
    await secretariat
      .post(`/api/v1/report/sections/${destination.id}/traces`)
      .send({ itemRef: moving.item.reference })
      .expect(201);
    const added = await itemIn('ACCEPTED', 'A drone item new in edition F');
    await secretariat.post(`/api/v1/report/sections/${destination.id}/traces`).send({ itemRef: added }).expect(201);
    const moved = (await delegate.get(`/api/v1/report/editions/${to.id}/diff/${next.id}`).expect(200)).body;
    const entry = moved.sections.find((each: { anchor: string }) => each.anchor === destination.anchor);
    expect(entry.itemsAdded).toEqual([added]);
    expect(entry.itemsMovedIn).toEqual([
      { reference: moving.item.reference, from: expect.stringContaining(source.title) },
    ]);
    const left = moved.sections.find((each: { anchor: string }) => each.anchor === source.anchor);
    expect(left.itemsRemoved).toEqual([]);
    await delegate.get(`/api/v1/report/editions/${to.id}/diff/00000000-0000-4000-8000-000000000000`).expect(404);
  });
});

describe('links to items that left the accepted state', () => {
  it('keeps a reopened and rejected item out of every report read but the Secretariat’s, and out of the document', async () => {
    const edition = await newEdition('Test edition W');
    const chapter = await newChapter(edition.id, { title: 'Drones', technology: 'drones' });
    const place = await newSection(edition.id, { chapterId: chapter.id, title: 'Uses' });
    const title = 'Recommendation later rejected on review';
    const reference = await itemIn('ACCEPTED', title);
    const trace = (
      await secretariat.post(`/api/v1/report/sections/${place.id}/traces`).send({ itemRef: reference }).expect(201)
    ).body;
    const later = await newEdition('Test edition W2', edition.id);
    await setStatus(testApp, reference, 'REJECTED');

    for (const reader of [delegate, member]) {
      const reads = [
        `/api/v1/report/editions/${edition.id}`,
        `/api/v1/report/editions/${edition.id}/coverage`,
        `/api/v1/report/editions/${edition.id}/document?format=md`,
        `/api/v1/report/editions/${edition.id}/document?format=html`,
        `/api/v1/report/editions/${edition.id}/diff/${later.id}`,
      ];
      for (const path of reads) {
        const response = await reader.get(path).expect(200);
        expect({ path, leaks: response.text.includes(title) || response.text.includes(reference) }).toEqual({
          path,
          leaks: false,
        });
      }
      const coverage = (await reader.get(`/api/v1/report/editions/${edition.id}/coverage`).expect(200)).body;
      expect(coverage.notAccepted).toEqual([]);
      expect(coverage.emptySections.map((each: { section: string }) => each.section)).toEqual(['Uses']);
    }

    const staffTree = (await secretariat.get(`/api/v1/report/editions/${edition.id}`).expect(200)).body;
    expect(section(staffTree, 'Drones', 'Uses').traces.map((each: { item: { status: string } }) => each.item)).toEqual([
      expect.objectContaining({ reference, status: 'REJECTED' }),
    ]);
    const staffCoverage = (await secretariat.get(`/api/v1/report/editions/${edition.id}/coverage`).expect(200)).body;
    expect(staffCoverage.notAccepted).toEqual([
      expect.objectContaining({ traceId: trace.id, reference, status: 'REJECTED', section: 'Uses' }),
    ]);
    // Withdrawn links count for nothing: the section is empty as far as the report goes.
    expect(staffCoverage.emptySections.map((each: { section: string }) => each.section)).toEqual(['Uses']);
    const staffDocument = await secretariat.get(`/api/v1/report/editions/${edition.id}/document?format=md`).expect(200);
    expect(staffDocument.text).not.toContain(title);
    // The Secretariat can still remove the link it sees.
    await secretariat.delete(`/api/v1/report/traces/${trace.id}`).expect(204);
  });
});

describe('concurrent writes to one edition', () => {
  it('gives 20 concurrent chapter creates 20 distinct positions', async () => {
    const edition = await newEdition('Test edition C1');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        secretariat.post(`/api/v1/report/editions/${edition.id}/chapters`).send({ title: `Chapter ${index}` }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201));
    const tree = (await secretariat.get(`/api/v1/report/editions/${edition.id}`).expect(200)).body as TEditionTree;
    expect(tree.chapters.map((chapter) => chapter.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('answers 24 concurrent moves, renames and section writes without a server error', async () => {
    const edition = await newEdition('Test edition C2');
    const chapters: { id: string }[] = [];
    for (const title of ['One', 'Two', 'Three', 'Four']) {
      chapters.push(await newChapter(edition.id, { title }));
    }
    const writes = Array.from({ length: 24 }, (_, index) => {
      const chapter = chapters[index % chapters.length];
      // Moves renumber every sibling, each in its own order: the mix that deadlocked.
      if (index % 3 === 1)
        return secretariat
          .post(`/api/v1/report/editions/${edition.id}/sections`)
          .send({ chapterId: chapter.id, title: `Section ${index}`, position: 1 });
      return secretariat
        .patch(`/api/v1/report/chapters/${chapter.id}`)
        .send({ title: `Renamed ${index}`, position: 4 - (index % 4) });
    });
    const statuses = (await Promise.all(writes)).map((answer) => answer.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    const tree = (await secretariat.get(`/api/v1/report/editions/${edition.id}`).expect(200)).body as TEditionTree;
    expect(tree.chapters.map((chapter) => chapter.position)).toEqual([1, 2, 3, 4]);
    for (const chapter of tree.chapters)
      expect(chapter.sections.map((each) => each.position)).toEqual(chapter.sections.map((_, i) => i + 1));
  });

  it('publishes the edition as it is once concurrent chapter creates have either landed or been refused', async () => {
    const edition = await newEdition('Test edition C3');
    const creates = Array.from({ length: 10 }, (_, index) =>
      secretariat.post(`/api/v1/report/editions/${edition.id}/chapters`).send({ title: `Racing ${index}` }),
    );
    const publish = secretariat.post(`/api/v1/report/editions/${edition.id}/publish`).send({ force: false });
    const [published, ...created] = await Promise.all([publish, ...creates]);
    expect(published.status).toBe(200);
    const landed = created.filter((answer) => answer.status === 201).length;
    expect(created.filter((answer) => answer.status !== 201).map((answer) => answer.body.code)).toEqual(
      Array(10 - landed).fill('EDITION_PUBLISHED'),
    );
    const frozen = (await secretariat.get(`/api/v1/report/editions/${edition.id}`).expect(200)).body as TEditionTree;
    expect(frozen.chapters.length).toBe(published.body.chapters.length);
    expect(frozen.chapters.length).toBe(landed);
  });
});
