import { AfterResponse } from '../../apps/api/src/database/after-response';
import { DEMO, startTestApp, type TestApp } from '../support/test-app';

const TOKEN = 'metrics-token-for-the-test-suite-0123456789';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ METRICS_TOKEN: TOKEN });
});
afterAll(() => testApp.close());

async function scrape(): Promise<string> {
  const response = await testApp.agent().get('/api/metrics').expect(200);
  expect(response.headers['content-type']).toContain('text/plain');
  return response.text;
}

/** The value of one sample line, `name{labels} value`; 0 when the series does not exist yet. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const ITEMS_OK = 'http_requests_total{method="GET",route="/api/v1/items",status="200"}';

describe('GET /api/metrics', () => {
  it('counts requests per method, declared route and status, with duration buckets', async () => {
    const before = sample(await scrape(), ITEMS_OK);
    const member = await testApp.signIn('member');
    for (let call = 0; call < 3; call += 1) await member.get('/api/v1/items').expect(200);
    await member.get('/api/v1/items/REC-9999').expect(404);
    await testApp.agent().get('/api/v1/no-such-route').expect(404);

    const text = await scrape();
    expect(sample(text, ITEMS_OK)).toBe(before + 3);
    expect(sample(text, 'http_requests_total{method="GET",route="/api/v1/items/:ref",status="404"}')).toBe(1);
    expect(sample(text, 'http_requests_total{method="GET",route="unmatched",status="404"}')).toBeGreaterThan(0);
    expect(
      sample(text, 'http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/api/v1/items",status="200"}'),
    ).toBe(before + 3);
    expect(text).toContain('http_request_duration_seconds_sum{method="GET",route="/api/v1/items",status="200"}');
  });

  it('labels routes by their declared path, never by a raw id or URL', async () => {
    const text = await scrape();
    const routes = [...text.matchAll(/route="([^"]*)"/g)].map((match) => match[1]);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect(route).not.toMatch(/REC-\d|no-such-route|[0-9a-f]{8}-[0-9a-f]{4}/);
      expect(route === 'unmatched' || route.startsWith('/api')).toBe(true);
    }
  });

  it('reports the pool and process metrics', async () => {
    const text = await scrape();
    expect(sample(text, 'db_pool_connections_total')).toBeGreaterThan(0);
    expect(sample(text, 'db_pool_connections_total')).toBeLessThanOrEqual(testApp.config.DATABASE_POOL_SIZE);
    expect(text).toMatch(/^db_pool_connections_idle \d+$/m);
    expect(text).toMatch(/^db_pool_requests_waiting \d+$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('reports the outbox backlog as the unsent emails in the database', async () => {
    await testApp.agent().post('/api/v1/auth/password-reset').send({ email: DEMO.delegate }).expect(202);
    await testApp.app.get(AfterResponse).settled();
    const [{ count }] = await testApp.query<{ count: string }>(
      'SELECT count(*) FROM outbox_email WHERE sent_at IS NULL',
    );
    expect(Number(count)).toBeGreaterThan(0);
    expect(sample(await scrape(), 'outbox_emails_unsent')).toBe(Number(count));
  });
});

describe('who may scrape', () => {
  // supertest's client is on loopback; a forwarding header makes the request count as passed on
  // by a proxy, i.e. from elsewhere (the rule itself is unit-tested in metrics-access.spec.ts).
  const fromElsewhere = () => testApp.agent().get('/api/metrics').set('X-Forwarded-For', '203.0.113.5');

  it('answers a caller on loopback without a token', async () => {
    await testApp.agent().get('/api/metrics').expect(200);
  });

  it('refuses a caller from elsewhere without the token or with a wrong one: 401 problem', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}-wrong`, `Bearer ${TOKEN.slice(1)}`, TOKEN]) {
      const call = fromElsewhere();
      const response = await (authorization ? call.set('Authorization', authorization) : call);
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('METRICS_TOKEN_REQUIRED');
    }
  });

  it('answers a caller from elsewhere with the configured bearer token', async () => {
    const response = await fromElsewhere().set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(response.text).toContain('http_requests_total');
  });

  it('does not let a signed-in user from elsewhere in without the token', async () => {
    const admin = await testApp.signIn('admin');
    await admin.get('/api/metrics').set('X-Forwarded-For', '203.0.113.5').expect(401);
  });
});
