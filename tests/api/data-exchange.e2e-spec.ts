import { parse } from 'csv-parse/sync';
import type { IncomingMessage, Server } from 'node:http';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { lessonContent, pilotContent, recommendationContent } from '../support/item-contents';
import { createItem, organisationId, setStatus } from '../support/items';
import { DEMO, startTestApp, type TestApp } from '../support/test-app';

const MARKER = 'exchange-marker';
let testApp: TestApp;
let secretariat: TestAgent;
let member: TestAgent;
let delegate: TestAgent;

const HEADER =
  'kind,title,summary,body,technologies,source,meeting,document_ref,language,addressees,priority,' +
  'context,lesson,administration,country,partners,start_date,end_date,stage,outcomes';

const csvBody = (agent: TestAgent, path: string) =>
  agent
    .get(path)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks).toString('utf8')));
    });

/** One item of each kind, accepted, with the characters an export must keep (accents, quotes, commas, line breaks). */
async function seedItems(app: TestApp, agent: TestAgent) {
  const pilot = pilotContent(await organisationId(app, 'Korea Customs Service'), {
    title: 'Échange de données OEA — projet pilote',
    summary: 'Résumé avec accents : « données »',
    body: 'Line one\nLine two, with a comma',
    technologies: ['blockchain', MARKER],
    language: 'fr',
    partners: ['Partner A', 'Partner B'],
    endDate: '2020-06-30',
    stage: 'COMPLETED',
    outcomes: 'It worked; mostly.',
  });
  const recommendation = recommendationContent({
    title: 'Standardise ledger data for AEO exchange',
    technologies: ['blockchain', 'iot', MARKER],
    addressees: ['MEMBERS', 'PTC'],
    priority: 'HIGH',
    summary: 'Use one model.',
    body: '',
  });
  const lesson = lessonContent({
    title: 'Platforms need industry-wide buy-in',
    technologies: ['ai', MARKER],
    source: 'open-sources',
    context: 'A shared platform, "quoted"',
    lesson: 'Adoption decides',
  });
  for (const content of [pilot, recommendation, lesson]) {
    const { reference } = await createItem(agent, content);
    await setStatus(app, reference, 'ACCEPTED', { submittedAt: '2019-03-05', decidedAt: '2019-04-02' });
  }
}

beforeAll(async () => {
  testApp = await startTestApp();
  [secretariat, member, delegate] = await Promise.all([
    testApp.signIn('secretariat'),
    testApp.signIn('member'),
    testApp.signIn('delegate'),
  ]);
  await secretariat
    .post('/api/v1/technologies')
    .send({ slug: MARKER, nameEn: 'Exchange marker', nameFr: 'Marqueur' })
    .expect(201);
  await seedItems(testApp, member);
});
afterAll(() => testApp.close());

describe('stats', () => {
  it('agrees with the facets and with direct counts', async () => {
    const [stats, facets] = await Promise.all([
      delegate.get(`/api/v1/stats?technology=${MARKER}`).expect(200),
      delegate.get(`/api/v1/items/facets?technology=${MARKER}`).expect(200),
    ]);
    expect(stats.body.total).toBe(3);
    expect(stats.body.total).toBe(facets.body.total);
    const perTechnology = (slug: string) =>
      stats.body.byTechnologyKindStatus
        .filter((row: { technology: string }) => row.technology === slug)
        .reduce((sum: number, row: { count: number }) => sum + row.count, 0);
    expect(perTechnology('blockchain')).toBe(2);
    expect(perTechnology(MARKER)).toBe(3);
    expect(stats.body.cooccurrence).toEqual(
      expect.arrayContaining([
        { a: 'blockchain', b: MARKER, count: 2 },
        { a: 'blockchain', b: 'iot', count: 1 },
      ]),
    );
    expect(stats.body.pilotsByCountry).toEqual([{ country: 'KR', stage: 'COMPLETED', count: 1 }]);
    expect(stats.body.acceptedPerMonth).toEqual([{ month: '2019-04', count: 3 }]);
    expect(stats.body.submittedPerMonth).toEqual([{ month: '2019-03', count: 3 }]);
    const [{ count }] = await testApp.query<{ count: string }>(
      "SELECT count(*) FROM item WHERE status NOT IN ('DRAFT','REJECTED','WITHDRAWN')",
    );
    expect((await delegate.get('/api/v1/stats').expect(200)).body.total).toBe(Number(count));
    await delegate.get('/api/v1/stats?colour=red').expect(400);
  });
});

describe('export and import', () => {
  it('exports CSV with a BOM, stable columns and French text intact, and XLSX', async () => {
    const response = await csvBody(delegate, `/api/v1/items/export?format=csv&technology=${MARKER}`).expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const text = response.body as string;
    expect(text.startsWith('\uFEFF"reference","kind","status","title",')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    const pilot = rows.find((row) => row.kind === 'PILOT') as Record<string, string>;
    expect(pilot).toMatchObject({
      title: 'Échange de données OEA — projet pilote',
      body: 'Line one\nLine two, with a comma',
      technologies: `blockchain;${MARKER}`,
      partners: 'Partner A;Partner B',
      administration: 'Korea Customs Service',
    });
    const xlsx = await delegate
      .get(`/api/v1/items/export?format=xlsx&technology=${MARKER}`)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('round-trips: export, import into an empty database, export again gives the same content', async () => {
    const first = (await csvBody(delegate, `/api/v1/items/export?format=csv&technology=${MARKER}`).expect(200))
      .body as string;
    const other = await startTestApp();
    try {
      const otherSecretariat = await other.signIn('secretariat');
      await otherSecretariat
        .post('/api/v1/technologies')
        .send({ slug: MARKER, nameEn: 'Exchange marker', nameFr: 'Marqueur' })
        .expect(201);
      const dry = await otherSecretariat
        .post('/api/v1/items/import?dryRun=true')
        .set('Content-Type', 'text/csv')
        .send(first)
        .expect(200);
      expect(dry.body).toMatchObject({ dryRun: true, rows: 3, valid: true, issues: [], created: [] });
      const [{ count: before }] = await other.query<{ count: string }>('SELECT count(*) FROM item');
      const imported = await otherSecretariat
        .post('/api/v1/items/import')
        .set('Content-Type', 'text/csv')
        .send(first)
        .expect(200);
      expect(imported.body.created).toHaveLength(3);
      const [{ count: after }] = await other.query<{ count: string }>('SELECT count(*) FROM item');
      expect(Number(after) - Number(before)).toBe(3);
      const [{ count: audits }] = await other.query<{ count: string }>(
        "SELECT count(*) FROM audit_log WHERE action = 'items.imported'",
      );
      expect(audits).toBe('1');
      const second = (
        await csvBody(otherSecretariat, `/api/v1/items/export?format=csv&technology=${MARKER}`).expect(200)
      ).body as string;
      const comparable = (text: string) =>
        (parse(text, { bom: true, columns: true }) as Record<string, string>[])
          .map(
            ({
              reference: _r,
              status: _s,
              organisation: _o,
              author: _a,
              country: _c,
              created_at: _ca,
              updated_at: _u,
              submitted_at: _sa,
              decided_at: _d,
              ...content
            }) => content,
          )
          .sort((a, b) => a.title.localeCompare(b.title));
      expect(comparable(second)).toEqual(comparable(first));
    } finally {
      await other.close();
    }
  });

  it('neutralises cells a spreadsheet would run as formulas, and imports them back as written', async () => {
    const formulaMarker = 'formula-marker';
    await secretariat
      .post('/api/v1/technologies')
      .send({ slug: formulaMarker, nameEn: 'Formula marker', nameFr: 'Marqueur formule' })
      .expect(201);
    const written = lessonContent({
      title: '=HYPERLINK("https://evil.example","Click")',
      summary: '+SUM(1+1)',
      body: '\t=1+1',
      technologies: [formulaMarker],
      source: 'members',
      documentRef: "'=already quoted",
      context: '@SUM(A1)',
      lesson: '-2+3 and a plain ending',
    });
    await setStatus(testApp, (await createItem(member, written)).reference, 'ACCEPTED');
    const exported = (
      await csvBody(delegate, `/api/v1/items/export?format=csv&technology=${formulaMarker}`).expect(200)
    ).body as string;
    expect(exported).toContain(`"'=HYPERLINK(""https://evil.example"",""Click"")"`);
    const [row] = parse(exported, { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      title: `'${written.title}`,
      summary: `'${written.summary}`,
      body: `'${written.body}`,
      document_ref: `''=already quoted`,
      context: `'${written.context}`,
      lesson: `'${written.lesson}`,
      kind: 'LESSON',
      technologies: formulaMarker,
    });
    // No cell of the file starts with a character that makes a spreadsheet evaluate it.
    for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);

    const imported = await secretariat
      .post('/api/v1/items/import')
      .set('Content-Type', 'text/csv')
      .send(exported)
      .expect(200);
    const item = (await secretariat.get(`/api/v1/items/${imported.body.created[0]}`).expect(200)).body;
    expect(item).toMatchObject({
      title: written.title,
      summary: written.summary,
      body: written.body,
      documentRef: written.documentRef,
      context: written.context,
      lesson: written.lesson,
    });
  });

  it('reports each bad row and writes nothing', async () => {
    const rows = [
      HEADER,
      'RECOMMENDATION,Valid recommendation title,,,blockchain,ptc,,,en,MEMBERS,HIGH,,,,,,,,,',
      'RECOMMENDATION,Unknown technology here,,,telepathy,ptc,,,en,MEMBERS,,,,,,,,,,',
      'LESSON,,,,ai,ptc,,,en,,,ctx,lsn,,,,,,,',
      'PILOT,Pilot with a bad date,,,iot,members,,,en,,,,,Korea Customs Service,KR,,2019-13-40,,ONGOING,',
      'PILOT,Pilot ending before it starts,,,iot,members,,,en,,,,,Korea Customs Service,KR,,2019-05-01,2019-04-01,ONGOING,',
      '"LESSON","Quoted newline lesson","",' + '"first line\nsecond line",ai,ptc,,,en,,,"context",,,,,,,,',
    ];
    const [{ count: before }] = await testApp.query<{ count: string }>('SELECT count(*) FROM item');
    const dry = await secretariat
      .post('/api/v1/items/import?dryRun=true')
      .set('Content-Type', 'text/csv')
      .send(`\uFEFF${rows.join('\r\n')}`)
      .expect(200);
    expect(dry.body.valid).toBe(false);
    expect(dry.body.issues).toEqual([
      {
        row: 3,
        field: 'technologies',
        code: 'UNKNOWN_TECHNOLOGY',
        params: { value: 'telepathy' },
        message: 'Unknown technology "telepathy"',
      },
      { row: 4, field: 'title', code: 'TOO_SHORT', params: { minimum: 5 }, message: 'Use at least 5 characters' },
      {
        row: 5,
        field: 'start_date',
        code: 'INVALID_FORMAT',
        params: { format: 'date' },
        message: 'Enter a valid date',
      },
      {
        row: 6,
        field: 'end_date',
        code: 'END_BEFORE_START',
        message: 'The end date cannot be before the start date',
      },
      { row: 7, field: 'lesson', code: 'SAY_LEARNT', message: 'Say what was learnt' },
    ]);
    const real = await secretariat
      .post('/api/v1/items/import')
      .set('Content-Type', 'text/csv')
      .send(rows.join('\n'))
      .expect(422);
    expect(real.body.issues).toHaveLength(5);
    const [{ count: after }] = await testApp.query<{ count: string }>('SELECT count(*) FROM item');
    expect(after).toBe(before);
  });

  it('reads semicolon-delimited files, imports as submitted, and refuses 10 MB + 1 byte', async () => {
    const semicolons = [
      'kind;title;technologies;source;language;addressees',
      'RECOMMENDATION;Semicolon file recommendation;ai;ptc;en;MEMBERS;SECRETARIAT'.replace(
        ';MEMBERS;SECRETARIAT',
        ';"MEMBERS;SECRETARIAT"',
      ),
    ].join('\n');
    const imported = await secretariat
      .post('/api/v1/items/import?as=submitted')
      .set('Content-Type', 'text/csv')
      .send(semicolons)
      .expect(200);
    const item = await delegate.get(`/api/v1/items/${imported.body.created[0]}`).expect(200);
    expect(item.body).toMatchObject({
      status: 'SUBMITTED',
      addressees: ['MEMBERS', 'SECRETARIAT'],
      author: { displayName: 'Sam Secretariat' },
    });
    const tooBig = 'x'.repeat(10 * 1024 * 1024 + 1);
    const refused = await secretariat
      .post('/api/v1/items/import?dryRun=true')
      .set('Content-Type', 'text/csv')
      .send(tooBig)
      .expect(413);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    await member.post('/api/v1/items/import?dryRun=true').set('Content-Type', 'text/csv').send(semicolons).expect(403);
    const unknownColumn = await secretariat
      .post('/api/v1/items/import?dryRun=true')
      .set('Content-Type', 'text/csv')
      .send('kind,title,colour\nLESSON,Some lesson title,red')
      .expect(200);
    expect(unknownColumn.body.issues).toEqual([
      { row: 1, field: 'colour', code: 'CSV_UNKNOWN_COLUMN', message: 'Unknown column' },
    ]);
  });
  it('submits an item imported as submitted the way its author would: event, audit entry and notice', async () => {
    const admin = await testApp.signIn('admin');
    const imported = await admin
      .post('/api/v1/items/import?as=submitted')
      .set('Content-Type', 'text/csv')
      .send(
        'kind,title,technologies,source,language,context,lesson\nLESSON,Imported lesson to review,ai,ptc,en,A context,A lesson',
      )
      .expect(200);
    const [reference] = imported.body.created as string[];
    const events = await admin.get(`/api/v1/items/${reference}/events`).expect(200);
    expect(events.body).toMatchObject([{ action: 'submit', from: 'DRAFT', to: 'SUBMITTED', comment: 'Imported' }]);
    const audit = await testApp.query<{ action: string }>('SELECT action FROM audit_log WHERE entity_id = $1', [
      reference,
    ]);
    expect(audit.map((row) => row.action)).toContain('item.submit');
    // As for a submission made in the app: the Secretariat is told, in the app and by email; the
    // importer, who acted, is not.
    const notified = await testApp.query<{ email: string; kind: string }>(
      'SELECT u.email, n.kind FROM notification n JOIN app_user u ON u.id = n.user_id JOIN item i ON i.id = n.item_id WHERE i.reference = $1',
      [reference],
    );
    expect(notified).toEqual([{ email: DEMO.secretariat, kind: 'SUBMITTED' }]);
    const emails = await testApp.query('SELECT 1 FROM outbox_email WHERE to_address = $1 AND subject LIKE $2', [
      DEMO.secretariat,
      `${reference}%`,
    ]);
    expect(emails).toHaveLength(1);
  });

  it('keeps answering health checks while it checks a big file', async () => {
    const server = testApp.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const row =
      'RECOMMENDATION,A recommendation among very many rows,,A body that makes each row and so the file longer,ai,ptc,,,en,MEMBERS,HIGH,,,,,,,,,';
    const rows = Math.ceil(8_000_000 / row.length);
    const file = [HEADER, ...Array<string>(rows).fill(row)].join('\n');
    // The health checks start once the server has read the whole file: from then on, a parse
    // holding the event loop would let none of them through before the import answers.
    let received = false;
    const onRequest = (incoming: IncomingMessage) => {
      // Express has rewritten `url` to the mount's remainder by now; the content type tells the import.
      if (incoming.headers['content-type']?.startsWith('text/csv')) incoming.on('end', () => (received = true));
    };
    server.on('request', onRequest);
    let imported = false;
    let answeredDuringImport = 0;
    const importing = secretariat
      .post('/api/v1/items/import?dryRun=true')
      .set('Content-Type', 'text/csv')
      .send(file)
      .then((response) => {
        imported = true;
        return response;
      });
    try {
      while (!received && !imported) await new Promise((resolve) => setImmediate(resolve));
      while (!imported) {
        await request(server).get('/api/health').expect(200);
        if (!imported) answeredDuringImport += 1;
      }
    } finally {
      server.off('request', onRequest);
    }
    const report = await importing;
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ dryRun: true, valid: true, rows, issues: [] });
    // A parse holding the loop lets only the checks sent before it starts through (9 seen); one
    // that yields answers them all along (84 seen).
    expect(answeredDuringImport).toBeGreaterThanOrEqual(30);
  });
});
