import type { TItemStatus } from '@srt/contracts';
import TestAgent from 'supertest/lib/agent';
import { lessonContent, pilotContent, recommendationContent, type ContentOverrides } from '../support/item-contents';
import { createItem, setStatus } from '../support/items';
import { startTestApp, type TestApp } from '../support/test-app';

// Every item of this suite carries the technology `test-marker`, so filters scoped to it see
// only what the suite made, whatever sample data the seed holds.
const MARKER = 'test-marker';

let testApp: TestApp;
let member: TestAgent;
let member2: TestAgent;
let secretariat: TestAgent;
let delegate: TestAgent;
let organisations: Record<string, string>;
let meetingId: string;

const recommendation = (overrides: ContentOverrides<'RECOMMENDATION'> = {}) =>
  recommendationContent({
    title: 'Address the legal aspects of blockchain',
    summary: 'Members should examine the legal status of ledger records.',
    body: 'Start with **evidence** rules and data protection.',
    technologies: ['blockchain', MARKER],
    addressees: ['MEMBERS'],
    priority: 'HIGH',
    ...overrides,
  });

const references = (body: { items: { reference: string }[] }) => body.items.map((item) => item.reference);

beforeAll(async () => {
  testApp = await startTestApp();
  [member, member2, secretariat, delegate] = await Promise.all([
    testApp.signIn('member'),
    testApp.signIn('member2'),
    testApp.signIn('secretariat'),
    testApp.signIn('delegate'),
  ]);
  await secretariat
    .post('/api/v1/technologies')
    .send({ slug: MARKER, nameEn: 'Test marker', nameFr: 'Marqueur de test' })
    .expect(201);
  const rows = await testApp.query<{ name: string; id: string }>('SELECT name, id FROM organisation');
  organisations = Object.fromEntries(rows.map((row) => [row.name, row.id]));
  meetingId = (
    await testApp.query<{ id: string }>("SELECT id FROM meeting WHERE title = 'PTC 219th/220th Sessions'")
  )[0].id;
});
afterAll(() => testApp.close());

describe('creating items', () => {
  it('creates a draft owned by the caller with the next reference of its kind', async () => {
    const first = await createItem(member, recommendation());
    const second = await createItem(member, recommendation({ title: 'A second recommendation on ledgers' }));
    expect(Number(second.reference.slice(4))).toBe(Number(first.reference.slice(4)) + 1);
    const item = await member.get(`/api/v1/items/${first.reference}`).expect(200);
    expect(item.body).toMatchObject({
      kind: 'RECOMMENDATION',
      status: 'DRAFT',
      version: 1,
      author: { displayName: 'Maarten Member' },
      organisation: { name: 'Netherlands Customs', country: 'NL' },
      permissions: { edit: true, delete: true, link: true },
    });
    expect(item.body.reference).toMatch(/^REC-\d{4,}$/);
    const lesson = await createItem(
      member,
      lessonContent({
        title: 'Industry platforms need industry-wide buy-in',
        technologies: ['blockchain', MARKER],
        source: 'open-sources',
        context: 'A shared platform',
        lesson: 'Adoption matters',
      }),
    );
    expect(lesson.reference).toMatch(/^LES-\d{4,}$/);
  });

  it('never hands out one reference twice under concurrent creation', async () => {
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        createItem(member2, recommendation({ title: `Concurrent recommendation ${index}` })),
      ),
    );
    expect(new Set(created.map((item) => item.reference)).size).toBe(8);
  });

  it('returns the first result for a retried request with the same Idempotency-Key', async () => {
    const content = recommendation({ title: 'Recommendation sent twice over a bad network' });
    const [first, retry] = await Promise.all([
      member.post('/api/v1/items').set('Idempotency-Key', 'retry-key-1').send(content),
      member.post('/api/v1/items').set('Idempotency-Key', 'retry-key-1').send(content),
    ]);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body.reference).toBe(first.body.reference);
    const again = await member.post('/api/v1/items').set('Idempotency-Key', 'retry-key-1').send(content).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const [{ count }] = await testApp.query<{ count: string }>(
      "SELECT count(*) FROM item WHERE title = 'Recommendation sent twice over a bad network'",
    );
    expect(count).toBe('1');
    await member
      .post('/api/v1/items')
      .set('Idempotency-Key', 'retry-key-1')
      .send(recommendation({ title: 'Something else entirely' }))
      .expect(422);
  });

  it('validates each kind, naming every offending field', async () => {
    const pilot = pilotContent(organisations['Korea Customs Service'], {
      title: 'Completed pilot without outcomes',
      technologies: ['iot', MARKER],
      endDate: '2018-12-31',
      stage: 'COMPLETED',
    });
    const response = await member.post('/api/v1/items').send(pilot).expect(400);
    expect(response.body.errors.map((issue: { path: string }) => issue.path).sort()).toEqual(['endDate', 'outcomes']);
    const missing = await member
      .post('/api/v1/items')
      .send({ kind: 'LESSON', title: 'abc', technologies: [], source: 'ptc', language: 'de', unknownField: 1 })
      .expect(400);
    expect(missing.body.errors.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'context',
      'language',
      'lesson',
      'technologies',
      'title',
      'unknownField',
    ]);
    const tooLong = await member
      .post('/api/v1/items')
      .send(recommendation({ title: 'x'.repeat(201), summary: 'y'.repeat(601) }))
      .expect(400);
    expect(tooLong.body.errors.map((issue: { path: string }) => issue.path).sort()).toEqual(['summary', 'title']);
    const unknown = await member
      .post('/api/v1/items')
      .send(
        recommendation({
          technologies: ['blockchain', 'telepathy'],
          source: 'nowhere',
          meetingId: '00000000-0000-4000-8000-000000000000',
        }),
      )
      .expect(400);
    expect(unknown.body.errors).toEqual([
      {
        path: 'technologies.1',
        code: 'UNKNOWN_TECHNOLOGY',
        params: { value: 'telepathy' },
        message: 'Unknown technology "telepathy"',
      },
      {
        path: 'source',
        code: 'UNKNOWN_SOURCE',
        params: { value: 'nowhere' },
        message: 'Unknown source body "nowhere"',
      },
      { path: 'meetingId', code: 'NO_SUCH_MEETING', message: 'No such meeting' },
    ]);
    await member
      .post('/api/v1/items')
      .send({ ...recommendation(), kind: 'ESSAY' })
      .expect(400);
  });

  it('is refused to delegates', async () => {
    await delegate.post('/api/v1/items').send(recommendation()).expect(403);
  });
});

describe('visibility', () => {
  it('hides a draft from everyone but its author, answering 404', async () => {
    const draft = await createItem(member, recommendation({ title: 'My private draft recommendation' }));
    await member2.get(`/api/v1/items/${draft.reference}`).expect(404);
    await secretariat.get(`/api/v1/items/${draft.reference}`).expect(404);
    await member2.patch(`/api/v1/items/${draft.reference}`).send({ version: 1, title: 'Hijacked title' }).expect(404);
    await member2.delete(`/api/v1/items/${draft.reference}`).expect(404);
    const list = await member2.get(`/api/v1/items?technology=${MARKER}&limit=100`).expect(200);
    expect(references(list.body)).not.toContain(draft.reference);
    const facets = await member2.get(`/api/v1/items/facets?q=${encodeURIComponent('private draft')}`).expect(200);
    expect(facets.body.total).toBe(0);
  });

  it('shows rejected and withdrawn items to their author and the Secretariat only', async () => {
    const rejected = await createItem(member, recommendation({ title: 'A rejected recommendation' }));
    await setStatus(testApp, rejected.reference, 'REJECTED');
    await member.get(`/api/v1/items/${rejected.reference}`).expect(200);
    await secretariat.get(`/api/v1/items/${rejected.reference}`).expect(200);
    await member2.get(`/api/v1/items/${rejected.reference}`).expect(404);
    await delegate.get(`/api/v1/items/${rejected.reference}`).expect(404);
    const accepted = await createItem(member, recommendation({ title: 'An accepted recommendation' }));
    await setStatus(testApp, accepted.reference, 'ACCEPTED');
    await delegate.get(`/api/v1/items/${accepted.reference}`).expect(200);
  });
});

describe('editing', () => {
  it('stores a revision per change and diffs any two, text word by word', async () => {
    const item = await createItem(member, recommendation({ title: 'Share AEO data on a blockchain' }));
    const edited = await member
      .patch(`/api/v1/items/${item.reference}`)
      .send({
        version: 1,
        title: 'Share AEO data on a permissioned blockchain',
        technologies: ['blockchain', 'iot', MARKER],
      })
      .expect(200);
    expect(edited.body.version).toBe(2);
    await member.patch(`/api/v1/items/${item.reference}`).send({ version: 2, priority: 'LOW' }).expect(200);
    const revisions = await member.get(`/api/v1/items/${item.reference}/revisions`).expect(200);
    expect(revisions.body.map((revision: { number: number }) => revision.number)).toEqual([3, 2, 1]);
    const first = await member.get(`/api/v1/items/${item.reference}/revisions/1`).expect(200);
    expect(first.body.content.title).toBe('Share AEO data on a blockchain');
    const diff = await member.get(`/api/v1/items/${item.reference}/diff?from=1&to=3`).expect(200);
    expect(diff.body.changes.map((change: { field: string }) => change.field)).toEqual([
      'title',
      'technologies',
      'priority',
    ]);
    const title = diff.body.changes[0];
    expect(
      title.words.filter((part: { added: boolean }) => part.added).map((part: { value: string }) => part.value.trim()),
    ).toEqual(['permissioned']);
    expect(diff.body.changes[2]).toMatchObject({ before: 'HIGH', after: 'LOW', words: null });
    await member.get(`/api/v1/items/${item.reference}/diff?from=1&to=9`).expect(404);
    await member.get(`/api/v1/items/${item.reference}/diff?from=2&to=2`).expect(400);
    await member.get(`/api/v1/items/${item.reference}/revisions/0`).expect(400);
  });

  it('lets exactly one of two changes made from the same version win', async () => {
    const item = await createItem(member, recommendation({ title: 'Contested recommendation' }));
    const [a, b] = await Promise.all([
      member
        .patch(`/api/v1/items/${item.reference}`)
        .send({ version: 1, title: 'Contested recommendation, first edit' }),
      member
        .patch(`/api/v1/items/${item.reference}`)
        .send({ version: 1, title: 'Contested recommendation, second edit' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.currentVersion).toBe(2);
    const revisions = await member.get(`/api/v1/items/${item.reference}/revisions`).expect(200);
    expect(revisions.body).toHaveLength(2);
  });

  it('lets the author edit only drafts and items sent back, and the Secretariat any submitted item', async () => {
    const item = await createItem(member, recommendation({ title: 'Recommendation under review' }));
    await setStatus(testApp, item.reference, 'SUBMITTED');
    await member
      .patch(`/api/v1/items/${item.reference}`)
      .send({ version: 1, title: 'Author edits while submitted' })
      .expect(403);
    const bySecretariat = await secretariat
      .patch(`/api/v1/items/${item.reference}`)
      .send({ version: 1, summary: 'Tightened by the Secretariat.' })
      .expect(200);
    expect(bySecretariat.body.permissions.edit).toBe(true);
    const revisions = await member.get(`/api/v1/items/${item.reference}/revisions`).expect(200);
    expect(revisions.body[0].editor.displayName).toBe('Sam Secretariat');
    await setStatus(testApp, item.reference, 'CHANGES_REQUESTED');
    await member
      .patch(`/api/v1/items/${item.reference}`)
      .send({ version: 2, title: 'Author edits after changes were requested' })
      .expect(200);
  });

  it('refuses fields of another kind and invalid merged content', async () => {
    const item = await createItem(member, recommendation({ title: 'Kind is fixed' }));
    const other = await member
      .patch(`/api/v1/items/${item.reference}`)
      .send({ version: 1, stage: 'ONGOING' })
      .expect(400);
    expect(other.body.errors).toEqual([{ path: 'stage', code: 'UNKNOWN_FIELD', message: 'Unknown field' }]);
    const empty = await member
      .patch(`/api/v1/items/${item.reference}`)
      .send({ version: 1, addressees: [] })
      .expect(400);
    expect(empty.body.errors[0].path).toBe('addressees');
    await member.patch(`/api/v1/items/${item.reference}`).send({ title: 'No version' }).expect(400);
  });

  it('deletes only the author’s own draft', async () => {
    const draft = await createItem(member, recommendation({ title: 'Draft to delete' }));
    const submitted = await createItem(member, recommendation({ title: 'Submitted cannot be deleted' }));
    await setStatus(testApp, submitted.reference, 'SUBMITTED');
    await member.delete(`/api/v1/items/${submitted.reference}`).expect(409);
    await secretariat.delete(`/api/v1/items/${submitted.reference}`).expect(403);
    await member.delete(`/api/v1/items/${draft.reference}`).expect(204);
    await member.get(`/api/v1/items/${draft.reference}`).expect(404);
  });
});

describe('browsing and search', () => {
  let corpus: Record<string, string>;

  beforeAll(async () => {
    const make = async (
      key: string,
      agent: TestAgent,
      content: ContentOverrides<'RECOMMENDATION'>,
      status: TItemStatus,
    ) => {
      const item = await createItem(agent, recommendation(content));
      await setStatus(testApp, item.reference, status);
      return [key, item.reference] as const;
    };
    corpus = Object.fromEntries(
      await Promise.all([
        make(
          'drones',
          member,
          {
            title: 'Drone surveillance of port perimeters',
            technologies: ['drones', MARKER],
            source: 'vwg-fc',
            meetingId,
          },
          'ACCEPTED',
        ),
        make(
          'aiRisk',
          member2,
          {
            title: 'Machine learning for risk targeting',
            summary: 'Use anomaly detection on declarations.',
            technologies: ['ai', MARKER],
          },
          'SUBMITTED',
        ),
        make(
          'aiXray',
          member2,
          {
            title: 'Automated detection in X-ray images',
            body: 'Risk targeting by image analysis.',
            technologies: ['ai', 'drones', MARKER],
          },
          'IN_REVIEW',
        ),
        make(
          'french',
          member,
          {
            title: 'Échange des données OEA par la chaîne de blocs',
            summary: 'Les administrations partagent les données de leurs opérateurs économiques agréés.',
            language: 'fr',
            technologies: ['blockchain', MARKER],
          },
          'ACCEPTED',
        ),
        make(
          'biometrics',
          member,
          {
            title: 'Facial comparison at ports of entry',
            technologies: ['biometrics', MARKER],
            source: 'open-sources',
          },
          'ACCEPTED',
        ),
      ]),
    );
  });

  it('combines filters: technology, kind, status, source, meeting, organisation, country, mine', async () => {
    const ai = await delegate
      .get(`/api/v1/items?technology=${MARKER}&technology=ai&status=SUBMITTED&status=IN_REVIEW`)
      .expect(200);
    expect(references(ai.body)).toEqual(expect.arrayContaining([corpus.aiRisk, corpus.aiXray]));
    const onlyIa = await delegate.get(`/api/v1/items?technology=ai&status=SUBMITTED`).expect(200);
    expect(references(onlyIa.body)).toContain(corpus.aiRisk);
    expect(references(onlyIa.body)).not.toContain(corpus.aiXray);
    const bySource = await delegate.get('/api/v1/items?source=vwg-fc').expect(200);
    expect(references(bySource.body)).toContain(corpus.drones);
    const byMeeting = await delegate.get(`/api/v1/items?meeting=${meetingId}&technology=${MARKER}`).expect(200);
    expect(references(byMeeting.body)).toEqual([corpus.drones]);
    const korea = await delegate
      .get(`/api/v1/items?organisation=${organisations['Korea Customs Service']}&technology=${MARKER}`)
      .expect(200);
    expect(references(korea.body).sort()).toEqual([corpus.aiRisk, corpus.aiXray].sort());
    const byCountry = await delegate
      .get(`/api/v1/items?country=KR&technology=${MARKER}&kind=RECOMMENDATION`)
      .expect(200);
    expect(references(byCountry.body).sort()).toEqual([corpus.aiRisk, corpus.aiXray].sort());
    const mine = await member2
      .get(`/api/v1/items?mine=true&technology=${MARKER}&status=SUBMITTED&status=IN_REVIEW`)
      .expect(200);
    expect(references(mine.body).sort()).toEqual([corpus.aiRisk, corpus.aiXray].sort());
  });

  it('reports facet counts that agree with the list for the same filters', async () => {
    const filters = `technology=${MARKER}&status=ACCEPTED`;
    const [list, facets] = await Promise.all([
      delegate.get(`/api/v1/items?${filters}&limit=100`),
      delegate.get(`/api/v1/items/facets?${filters}`),
    ]);
    expect(facets.body.total).toBe(list.body.items.length);
    const count = (dimension: string, value: string) =>
      facets.body[dimension].find((entry: { value: string }) => entry.value === value)?.count ?? 0;
    expect(count('technology', MARKER)).toBe(list.body.items.length);
    expect(count('status', 'ACCEPTED')).toBe(list.body.items.length);
    // A dimension's own filter is left out of its counts, so other values stay choosable: the
    // drones count is what choosing drones instead would list.
    const drones = await delegate.get('/api/v1/items?technology=drones&status=ACCEPTED&limit=100').expect(200);
    expect(count('technology', 'drones')).toBe(drones.body.items.length);
    expect(count('status', 'SUBMITTED')).toBeGreaterThanOrEqual(1);
  });

  it('ranks title matches first and highlights what matched', async () => {
    const response = await delegate
      .get(`/api/v1/items?q=${encodeURIComponent('risk targeting')}&technology=${MARKER}`)
      .expect(200);
    expect(references(response.body).slice(0, 2)).toEqual([corpus.aiRisk, corpus.aiXray]);
    const matched = response.body.items[0].snippet
      .filter((part: { match: boolean }) => part.match)
      .map((part: { text: string }) => part.text.toLowerCase());
    expect(matched).toEqual(expect.arrayContaining(['risk', 'targeting']));
  });

  it('finds an item by its reference, in any case', async () => {
    for (const q of [corpus.french, corpus.french.toLowerCase(), ` ${corpus.aiXray} `]) {
      const response = await delegate.get(`/api/v1/items?q=${encodeURIComponent(q)}`).expect(200);
      expect(references(response.body)[0]).toBe(q.trim().toUpperCase());
    }
  });

  it('finds a French item with or without accents', async () => {
    for (const q of ['chaîne de blocs', 'chaine de blocs', 'opérateurs agréés', 'operateurs agrees']) {
      const response = await delegate.get(`/api/v1/items?q=${encodeURIComponent(q)}&technology=${MARKER}`).expect(200);
      expect(references(response.body)).toContain(corpus.french);
    }
  });

  it('sorts by title and pages without repeating or skipping while items are added', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/api/v1/items?technology=${MARKER}&sort=created&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await member.get(query).expect(200);
      seen.push(...references(page.body));
      cursor = page.body.nextCursor;
      pages += 1;
      if (pages === 1)
        await Promise.all(
          [0, 1, 2].map((index) => createItem(member, recommendation({ title: `Inserted while paging ${index}` }))),
        );
    } while (cursor);
    const [{ count }] = await testApp.query<{ count: string }>(
      'SELECT count(*) FROM item i JOIN item_technology it ON it.item_id = i.id JOIN technology t ON t.id = ' +
        'it.technology_id JOIN app_user u ON u.id = i.author_id WHERE t.slug = $1 AND (i.status NOT IN ' +
        "('DRAFT','REJECTED','WITHDRAWN') OR u.email = 'member@example.org') AND i.title NOT LIKE 'Inserted while " +
        "paging%'",
      [MARKER],
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((reference) => reference).length).toBeGreaterThanOrEqual(Number(count));
    const titles = await delegate.get(`/api/v1/items?technology=${MARKER}&sort=title&status=ACCEPTED`).expect(200);
    const sorted = titles.body.items.map((item: { title: string }) => item.title);
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('refuses a tampered cursor, a cursor of another sort, limit over 100 and unknown parameters', async () => {
    const first = await delegate.get(`/api/v1/items?technology=${MARKER}&limit=1`).expect(200);
    const tampered = await delegate
      .get(`/api/v1/items?cursor=${encodeURIComponent(first.body.nextCursor.slice(0, -2) + 'xx')}`)
      .expect(400);
    expect(tampered.body.errors[0].path).toBe('query.cursor');
    await delegate.get(`/api/v1/items?sort=title&cursor=${encodeURIComponent(first.body.nextCursor)}`).expect(400);
    const limit = await delegate.get('/api/v1/items?limit=101').expect(400);
    expect(limit.body.errors[0].path).toBe('query.limit');
    const unknown = await delegate.get('/api/v1/items?colour=red').expect(400);
    expect(unknown.body.errors[0].path).toBe('query.colour');
    await delegate.get('/api/v1/items?sort=relevance').expect(400);
    await delegate.get('/api/v1/items?status=LOST').expect(400);
  });

  it('suggests likely duplicates for an item and for a title being typed', async () => {
    const similar = await delegate.get(`/api/v1/items/${corpus.drones}/similar`).expect(200);
    expect(similar.body.map((item: { reference: string }) => item.reference)).not.toContain(corpus.drones);
    const typed = await member
      .get(`/api/v1/items/similar?title=${encodeURIComponent('Drone surveilance of ports')}`)
      .expect(200);
    expect(typed.body.map((item: { reference: string }) => item.reference)).toContain(corpus.drones);
    expect(typed.body.length).toBeLessThanOrEqual(5);
  });
});

describe('links', () => {
  it('links items with a type, shows the link from both ends, and removes it', async () => {
    const source = await createItem(member, recommendation({ title: 'Lesson-derived recommendation' }));
    const target = await createItem(member, recommendation({ title: 'Original recommendation on ledgers' }));
    await setStatus(testApp, target.reference, 'ACCEPTED');
    const linked = await member
      .post(`/api/v1/items/${source.reference}/links`)
      .send({ target: target.reference, type: 'DERIVED_FROM' })
      .expect(201);
    expect(linked.body.links).toEqual([
      {
        type: 'DERIVED_FROM',
        direction: 'outgoing',
        reference: target.reference,
        title: 'Original recommendation on ledgers',
        status: 'ACCEPTED',
      },
    ]);
    await member
      .post(`/api/v1/items/${source.reference}/links`)
      .send({ target: target.reference, type: 'DERIVED_FROM' })
      .expect(409);
    await member
      .post(`/api/v1/items/${source.reference}/links`)
      .send({ target: source.reference, type: 'SUPPORTS' })
      .expect(400);
    const incoming = await member.get(`/api/v1/items/${target.reference}`).expect(200);
    expect(incoming.body.links[0]).toMatchObject({ direction: 'incoming', reference: source.reference });
    // The draft at the other end is the author's own: others do not see the link.
    const seenByOthers = await delegate.get(`/api/v1/items/${target.reference}`).expect(200);
    expect(seenByOthers.body.links).toEqual([]);
    await member
      .delete(`/api/v1/items/${source.reference}/links?target=${target.reference}&type=DERIVED_FROM`)
      .expect(204);
    await member
      .delete(`/api/v1/items/${source.reference}/links?target=${target.reference}&type=DERIVED_FROM`)
      .expect(404);
  });
});
