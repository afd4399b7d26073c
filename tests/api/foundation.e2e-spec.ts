import { PROBLEMS, routes, ZProblem, type TProblemCode } from '@srt/contracts';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('health and readiness', () => {
  it('reports the process up and the database reachable without signing in', async () => {
    const health = await testApp.agent().get('/api/health').expect(200);
    expect(health.body.status).toBe('ok');
    const ready = await testApp.agent().get('/api/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ready', database: 'up' });
  });

  it('carries a request id, taking a well-formed one from the caller', async () => {
    const response = await testApp.agent().get('/api/health').set('X-Request-Id', 'trace-123');
    expect(response.headers['x-request-id']).toBe('trace-123');
    const generated = await testApp.agent().get('/api/health').set('X-Request-Id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('errors are problem+json', () => {
  it('answers an unknown route with 404 naming it, without a stack trace', async () => {
    const response = await testApp.agent().get('/api/v1/nothing-here').expect(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, title: 'Not found' });
    expect(response.body.detail).toContain('/api/v1/nothing-here');
    expect(response.text).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('refuses malformed JSON and oversized bodies before any handler', async () => {
    const malformed = await testApp
      .agent()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(malformed.body.errors).toEqual([
      { path: 'body', code: 'BODY_NOT_JSON', message: 'The body is not valid JSON.' },
    ]);
    const huge = await testApp
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: 'a@b.org', password: 'x'.repeat(1_100_000) })
      .expect(413);
    expect(huge.headers['content-type']).toContain('application/problem+json');
  });

  it('names every offending field and rejects unknown fields and query parameters', async () => {
    const response = await testApp
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: 'not-an-email', extra: 1 })
      .expect(400);
    const paths = response.body.errors.map((issue: { path: string }) => issue.path).sort();
    expect(paths).toEqual(['email', 'extra', 'password']);
    const admin = await testApp.signIn('admin');
    const query = await admin.get('/api/v1/technologies?unexpected=1').expect(400);
    expect(query.body.errors).toEqual([{ path: 'query.unexpected', code: 'UNKNOWN_FIELD', message: 'Unknown field' }]);
  });
});

describe('every error has a stable code from the contracts', () => {
  it('answers each kind of refusal with its code, in the shape the contracts declare', async () => {
    const agent = testApp.agent();
    const member = await testApp.signIn('member');
    const answers = {
      ROUTE_NOT_FOUND: await agent.get('/api/v1/nothing-here'),
      VALIDATION_FAILED: await agent.post('/api/v1/auth/login').send({ email: 'not-an-email' }),
      BODY_TOO_LARGE: await agent
        .post('/api/v1/auth/login')
        .send({ email: 'a@b.org', password: 'x'.repeat(1_100_000) }),
      NOT_SIGNED_IN: await agent.get('/api/v1/items'),
      WRONG_CREDENTIALS: await agent.post('/api/v1/auth/login').send({ email: 'nobody@example.org', password: 'x' }),
      FORBIDDEN: await member.get('/api/v1/audit'),
      CSRF_HEADER_MISSING: await request(testApp.app.getHttpServer()).post('/api/v1/auth/login').send({}),
      NOT_FOUND: await member.get('/api/v1/items/REC-9999'),
    };
    for (const [code, response] of Object.entries(answers)) {
      expect({ code, body: response.body.code }).toEqual({ code, body: code });
      expect(response.status).toBe(PROBLEMS[code as TProblemCode].status);
      expect(ZProblem.safeParse(response.body).success).toBe(true);
    }
    expect(answers.NOT_FOUND.body).toMatchObject({ resource: 'item', reference: 'REC-9999' });
  });
});

describe('security headers', () => {
  it('sends a CSP limited to our own assets, frame denial, nosniff and a referrer policy', async () => {
    const response = await testApp.agent().get('/api/health');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // Styles written into markup (as user text would be) are refused; Mantine's <style> tags are not.
    expect(response.headers['content-security-policy']).toContain("style-src-attr 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('API documentation', () => {
  it('publishes an OpenAPI document covering every contract route', async () => {
    const signedIn = await testApp.signIn('delegate');
    const response = await signedIn.get('/api/openapi.json').expect(200);
    const documented = Object.entries(response.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = Object.values(routes).map(
      (route) => `${route.method.toUpperCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`,
    );
    expect(documented.sort()).toEqual(expected.sort());
    expect(response.body.components.schemas.Problem).toBeDefined();
  });

  it('serves interactive docs from our own origin', async () => {
    const signedIn = await testApp.signIn('delegate');
    const page = await signedIn.get('/api/docs').expect(200);
    expect(page.text).toContain('/api/docs/assets/swagger-ui-bundle.js');
    await testApp.agent().get('/api/docs/assets/swagger-ui-bundle.js').expect(200);
  });
});

describe('reference data', () => {
  it('lists the seeded technologies, source bodies and meetings', async () => {
    const delegate = await testApp.signIn('delegate');
    const technologies = await delegate.get('/api/v1/technologies').expect(200);
    expect(technologies.body.map((technology: { slug: string }) => technology.slug)).toEqual(
      expect.arrayContaining(['blockchain', 'iot', 'ai', '3d-printing', 'biometrics', 'drones']),
    );
    const sources = await delegate.get('/api/v1/sources').expect(200);
    expect(sources.body.map((source: { slug: string }) => source.slug)).toEqual(
      expect.arrayContaining(['ptc', 'vwg-fc', 'wco-secretariat']),
    );
    const meetings = await delegate.get('/api/v1/meetings?source=ptc').expect(200);
    expect(meetings.body[0]).toMatchObject({
      title: 'PTC 223rd/224th Sessions',
      startDate: '2019-03-05',
      endDate: '2019-03-08',
    });
  });

  it('returns an edition as chapters with their default sections', async () => {
    const member = await testApp.signIn('member');
    const editions = await member.get('/api/v1/report/editions').expect(200);
    const draft2018 = editions.body.find((edition: { label: string }) => edition.label === '2018 draft');
    expect(draft2018).toMatchObject({ status: 'PUBLISHED', chapterCount: 9 });
    const tree = await member.get(`/api/v1/report/editions/${draft2018.id}`).expect(200);
    const blockchain = tree.body.chapters.find((chapter: { title: string }) => chapter.title === 'Blockchain');
    expect(blockchain.technology.slug).toBe('blockchain');
    expect(blockchain.sections.map((section: { title: string }) => section.title)).toEqual([
      'What it is',
      'Use in Customs, border and supply chain management',
      'Use more broadly',
      'Risks and benefits',
      'Potential future applications',
      'Recommendations and lessons learnt',
    ]);
    await member.get('/api/v1/report/editions/00000000-0000-4000-8000-000000000000').expect(404);
    const badId = await member.get('/api/v1/report/editions/not-a-uuid').expect(400);
    expect(badId.body.errors[0].path).toBe('path.id');
  });

  it('lets the Secretariat add a technology and a meeting, and records both in the audit log', async () => {
    const secretariat = await testApp.signIn('secretariat');
    await secretariat
      .post('/api/v1/technologies')
      .send({ slug: 'cloud', nameEn: 'Cloud computing', nameFr: 'Informatique en nuage' })
      .expect(201);
    await secretariat
      .post('/api/v1/technologies')
      .send({ slug: 'cloud', nameEn: 'Again', nameFr: 'Encore' })
      .expect(409);
    const invalid = await secretariat
      .post('/api/v1/meetings')
      .send({ source: 'ptc', title: 'PTC 225th/226th Sessions', startDate: '2019-10-10', endDate: '2019-10-01' })
      .expect(400);
    expect(invalid.body.errors).toEqual([
      { path: 'endDate', code: 'END_BEFORE_START', message: 'The end date cannot be before the start date' },
    ]);
    const unknownSource = await secretariat
      .post('/api/v1/meetings')
      .send({ source: 'nowhere', title: 'Some meeting', startDate: '2019-10-10' })
      .expect(400);
    expect(unknownSource.body.errors[0].path).toBe('source');
    await secretariat
      .post('/api/v1/meetings')
      .send({ source: 'ptc', title: 'PTC 225th/226th Sessions', startDate: '2019-10-01', endDate: '2019-10-03' })
      .expect(201);
    const audit = await testApp.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE action IN ('technology.created', 'meeting.created')",
    );
    expect(audit.map((row) => row.action).sort()).toEqual(['meeting.created', 'technology.created']);
  });
});
