import { Client } from 'pg';
import request from 'supertest';
import { createTestDatabase } from '../support/databases';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { recommendationContent } from '../support/item-contents';
import { DEMO, TEST_PASSWORD } from '../support/test-app';

// Two API processes of the built app on one database, as behind a load balancer (issue 16,
// item 3): what one process changes, the other must honour.
const SESSION_CACHE_MS = 300;

let database: { url: string; drop: () => Promise<void> };
let first: ApiProcess;
let second: ApiProcess;

const startProcess = (url: string) => startApiProcess(url, { SESSION_CACHE_MS: String(SESSION_CACHE_MS) });

const post = (api: ApiProcess, url: string, cookie?: string) => {
  const call = request(api.base).post(url).set('X-Requested-With', 'fetch');
  return cookie ? call.set('Cookie', cookie) : call;
};
const get = (api: ApiProcess, url: string, cookie: string) =>
  request(api.base).get(url).set('X-Requested-With', 'fetch').set('Cookie', cookie);

/** Signs in on `api`; the session cookie to send to either process. */
async function signIn(api: ApiProcess, email: string): Promise<string> {
  const answer = await post(api, '/api/v1/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
  const cookie = [answer.headers['set-cookie'] ?? []].flat().find((value) => value.startsWith('srt_session='));
  return (cookie as string).split(';')[0];
}

/**
 * The status `read` answers once SESSION_CACHE_MS has passed: asked again for up to five times
 * that, so a loaded machine's scheduling does not fail the check.
 */
async function statusAfterCache(read: () => Promise<number>, wanted: number): Promise<number> {
  const deadline = Date.now() + SESSION_CACHE_MS * 5;
  let status = await read();
  while (status !== wanted && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await read();
  }
  return status;
}

beforeAll(async () => {
  database = await createTestDatabase();
  [first, second] = await Promise.all([startProcess(database.url), startProcess(database.url)]);
}, 60_000);

afterAll(async () => {
  await Promise.all([first, second].map((api) => api?.stop()));
  await database.drop();
});

describe('two API processes on one database', () => {
  it('refuse a session signed out in the other process within SESSION_CACHE_MS', async () => {
    const cookie = await signIn(first, DEMO.member);
    await get(second, '/api/v1/auth/me', cookie).expect(200);
    await post(first, '/api/v1/auth/logout', cookie).expect(204);
    const status = await statusAfterCache(async () => (await get(second, '/api/v1/auth/me', cookie)).status, 401);
    expect(status).toBe(401);
  });

  it('refuse a user deactivated in the other process within SESSION_CACHE_MS', async () => {
    const admin = await signIn(first, DEMO.admin);
    const delegate = await signIn(second, DEMO.delegate);
    const me = await get(second, '/api/v1/auth/me', delegate).expect(200);
    await request(first.base)
      .patch(`/api/v1/users/${me.body.id}`)
      .set('X-Requested-With', 'fetch')
      .set('Cookie', admin)
      .send({ active: false })
      .expect(200);
    const status = await statusAfterCache(async () => (await get(second, '/api/v1/auth/me', delegate)).status, 401);
    expect(status).toBe(401);
  });

  it('share one sign-in throttle: failures sent to both lock the account on both', async () => {
    const tries = [first, second, first, second, first];
    for (const api of tries) {
      await post(api, '/api/v1/auth/login').send({ email: DEMO.member2, password: 'wrong-password-x' }).expect(401);
    }
    for (const api of [first, second]) {
      await post(api, '/api/v1/auth/login').send({ email: DEMO.member2, password: TEST_PASSWORD }).expect(429);
    }
  });

  it('create one item for one Idempotency-Key sent to both at once', async () => {
    const cookie = await signIn(first, DEMO.member);
    const content = recommendationContent({ title: 'Recommendation retried through another process' });
    const answers = await Promise.all(
      [first, second].map((api) =>
        post(api, '/api/v1/items', cookie).set('Idempotency-Key', 'two-process-key').send(content),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    expect(answers[1].body.reference).toBe(answers[0].body.reference);
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    const { rows } = await sql.query<{ count: string }>('SELECT count(*) FROM item WHERE title = $1', [content.title]);
    await sql.end();
    expect(rows[0].count).toBe('1');
  });

  it('give one winner to the same transition sent to both at once', async () => {
    const cookie = await signIn(second, DEMO.member);
    const created = await post(second, '/api/v1/items', cookie)
      .send(recommendationContent({ title: 'Recommendation submitted twice at once' }))
      .expect(201);
    const url = `/api/v1/items/${created.body.reference}/transitions`;
    const answers = await Promise.all([first, second].map((api) => post(api, url, cookie).send({ action: 'submit' })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });
});
