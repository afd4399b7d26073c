import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { Client } from 'pg';
import { hashPassword } from '../../apps/api/src/auth/password-hasher';
import { AfterResponse } from '../../apps/api/src/database/after-response';
import { startApiProcess } from '../support/api-process';
import { createTestDatabase } from '../support/databases';
import { DEMO, startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';

// Sign-in and password-reset abuse as an outside probe tried it (issue 15, items 1, 5, 6, 11,
// 14). Client addresses are told through X-Forwarded-For, as a proxy in front of the app does.

const LOGIN = '/api/v1/auth/login';
const RESET = '/api/v1/auth/password-reset';
const CONFIRM = '/api/v1/auth/password-reset/confirm';

const apps: TestApp[] = [];
afterEach(async () => {
  while (apps.length > 0) await apps.pop()?.close();
});
async function appWith(settings: Record<string, string> = {}): Promise<TestApp> {
  const started = await startTestApp({ TRUST_PROXY: 'true', ...settings });
  apps.push(started);
  return started;
}

const from = (agent: TestAgent, address: string) => ({
  login: (email: string, password: string) =>
    agent.post(LOGIN).set('X-Forwarded-For', address).send({ email, password }),
});
const fresh = (testApp: TestApp, address = '198.51.100.1') => from(testApp.agent(), address);

async function outboxCount(testApp: TestApp, to: string): Promise<number> {
  const [row] = await testApp.query<{ count: string }>('SELECT count(*) FROM outbox_email WHERE to_address = $1', [to]);
  return Number(row.count);
}

/** Asks `read` again until `done` holds of its answer, for up to ten seconds. */
async function eventually<T>(read: () => T | Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Reset emails are written after the answer: wait for that work, then expect `count` of them. */
async function expectEmails(testApp: TestApp, to: string, count: number): Promise<void> {
  await testApp.app.get(AfterResponse).settled();
  expect(await outboxCount(testApp, to)).toBe(count);
}

describe('sign-in throttling', () => {
  it('locks an account guessed from many addresses for new browsers, not for a browser that signed in before', async () => {
    const testApp = await appWith();
    const ownBrowser = testApp.agent();
    const signedIn = await from(ownBrowser, '203.0.113.7').login(DEMO.secretariat, TEST_PASSWORD).expect(200);
    expect(String(signedIn.headers['set-cookie'])).toMatch(/srt_device=[^;]+; Path=\/api\/v1\/auth\/login;.*HttpOnly/);

    for (let attempt = 0; attempt < 5; attempt += 1) {
      await fresh(testApp, `198.51.100.${attempt + 10}`)
        .login(DEMO.secretariat, 'wrong-password-x')
        .expect(401);
    }
    const stranger = await fresh(testApp, '198.51.100.99').login(DEMO.secretariat, TEST_PASSWORD).expect(429);
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(14 * 60);

    await from(ownBrowser, '192.0.2.44').login(DEMO.secretariat, TEST_PASSWORD).expect(200);
  });

  it('locks a trusted browser on its own counter when it keeps guessing', async () => {
    const testApp = await appWith();
    const browser = testApp.agent();
    await from(browser, '203.0.113.8').login(DEMO.member, TEST_PASSWORD).expect(200);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await from(browser, '203.0.113.8').login(DEMO.member, 'wrong-password-x').expect(401);
    }
    await from(browser, '203.0.113.8').login(DEMO.member, TEST_PASSWORD).expect(429);
    // Its guesses were not the account's: another browser still signs in.
    await fresh(testApp, '203.0.113.9').login(DEMO.member, TEST_PASSWORD).expect(200);
  });

  it('does not lock the other users of an address out because one email was mistyped', async () => {
    const testApp = await appWith();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await fresh(testApp, '198.51.100.5').login('nobody@example.org', 'wrong-password-x').expect(401);
    }
    await fresh(testApp, '198.51.100.5').login('nobody@example.org', 'wrong-password-x').expect(429);
    await fresh(testApp, '198.51.100.5').login(DEMO.delegate, TEST_PASSWORD).expect(200);
  });

  it('throttles an address guessing across many accounts, and its successes do not buy more guesses', async () => {
    const testApp = await appWith({ LOGIN_ADDRESS_MAX_FAILURES: '4' });
    const address = '198.51.100.6';
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await fresh(testApp, address).login(`guess${attempt}@example.org`, 'wrong-password-x').expect(401);
    }
    for (let success = 0; success < 3; success += 1) {
      await fresh(testApp, address).login(DEMO.member2, TEST_PASSWORD).expect(200);
    }
    await fresh(testApp, address).login('guess3@example.org', 'wrong-password-x').expect(401);
    await fresh(testApp, address).login(DEMO.admin, TEST_PASSWORD).expect(429);
    await fresh(testApp, '198.51.100.7').login(DEMO.admin, TEST_PASSWORD).expect(200);
  });

  it('checks at most five of 40 concurrent wrong passwords for one account', async () => {
    const testApp = await appWith();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        fresh(testApp, `198.51.100.${100 + index}`).login(DEMO.member2, 'wrong-password-x'),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(35);
    const [failures] = await testApp.query<{ count: string }>(
      "SELECT count(*) FROM audit_log WHERE action = 'auth.login_failed'",
    );
    expect(Number(failures.count)).toBe(5);
  });

  it('locks an account longer each time it is locked again', async () => {
    const testApp = await appWith();
    const lockOut = async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await fresh(testApp).login(DEMO.member2, 'wrong-password-x').expect(401);
      }
      const refused = await fresh(testApp).login(DEMO.member2, TEST_PASSWORD).expect(429);
      return Number(refused.headers['retry-after']);
    };
    const first = await lockOut();
    // The first lock runs out (as if fifteen minutes had passed).
    await testApp.query("UPDATE rate_limit SET expire = 0 WHERE key = 'login-email:' || $1", [DEMO.member2]);
    const second = await lockOut();
    expect(first).toBeGreaterThan(14 * 60);
    expect(first).toBeLessThanOrEqual(15 * 60);
    expect(second).toBeGreaterThan(29 * 60);
  });

  it('ends a lock-out once the owner sets a password from the emailed link', async () => {
    const testApp = await appWith();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await fresh(testApp).login(DEMO.member2, 'wrong-password-x').expect(401);
    }
    await fresh(testApp).login(DEMO.member2, TEST_PASSWORD).expect(429);
    await testApp.agent().post(RESET).send({ email: DEMO.member2 }).expect(202);
    await expectEmails(testApp, DEMO.member2, 1);
    const [email] = await testApp.query<{ text: string }>('SELECT text FROM outbox_email WHERE to_address = $1', [
      DEMO.member2,
    ]);
    const token = /token=([A-Za-z0-9_-]+)/.exec(email.text)?.[1];
    await testApp.agent().post(CONFIRM).send({ token, password: 'a-brand-new-passphrase' }).expect(204);
    await fresh(testApp).login(DEMO.member2, 'a-brand-new-passphrase').expect(200);
  });
});

describe('password reset abuse', () => {
  it('refuses a guessed link before hashing the new password: far less work than one scrypt each', async () => {
    const testApp = await appWith();
    const attempts = 5;
    const hashing = process.cpuUsage();
    for (let index = 0; index < attempts; index += 1) await hashPassword('a-brand-new-passphrase');
    const hashingCost = process.cpuUsage(hashing);

    const guessing = process.cpuUsage();
    for (let index = 0; index < attempts; index += 1) {
      const refused = await testApp
        .agent()
        .post(CONFIRM)
        .send({ token: `guessed-token-${index}-aaaaaaaaaaaaaaaa`, password: 'a-brand-new-passphrase' })
        .expect(400);
      expect(refused.body.errors[0].path).toBe('token');
    }
    const guessingCost = process.cpuUsage(guessing);
    const total = (usage: NodeJS.CpuUsage) => usage.user + usage.system;
    expect(total(guessingCost)).toBeLessThan(total(hashingCost) / 2);
  });

  it('throttles link confirmations and reset requests per address, the same for any email', async () => {
    const testApp = await appWith({ PASSWORD_RESET_MAX_PER_HOUR: '3' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await testApp
        .agent()
        .post(CONFIRM)
        .set('X-Forwarded-For', '198.51.100.20')
        .send({ token: `guessed-token-${attempt}-aaaaaaaaaaaaaaaa`, password: 'a-brand-new-passphrase' })
        .expect(400);
    }
    const refused = await testApp
      .agent()
      .post(CONFIRM)
      .set('X-Forwarded-For', '198.51.100.20')
      .send({ token: 'guessed-token-x-aaaaaaaaaaaaaaaa', password: 'a-brand-new-passphrase' })
      .expect(429);
    expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');

    const ask = (email: string) => testApp.agent().post(RESET).set('X-Forwarded-For', '198.51.100.21').send({ email });
    await ask(DEMO.delegate).expect(202);
    await ask('nobody@example.org').expect(202);
    await ask(DEMO.delegate).expect(202);
    const [known, unknown] = [await ask(DEMO.delegate), await ask('nobody@example.org')];
    expect([known.status, unknown.status]).toEqual([429, 429]);
    const { requestId: knownRequest, ...knownAnswer } = known.body;
    const { requestId: unknownRequest, ...unknownAnswer } = unknown.body;
    expect(knownAnswer).toEqual(unknownAnswer);
    expect(knownRequest).not.toEqual(unknownRequest);
  });

  it('sends one account at most three reset emails an hour, however many addresses ask', async () => {
    const testApp = await appWith();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        testApp
          .agent()
          .post(RESET)
          .set('X-Forwarded-For', `198.51.100.${index + 50}`)
          .send({ email: DEMO.member }),
      ),
    );
    expect(answers.every((answer) => answer.status === 202)).toBe(true);
    await expectEmails(testApp, DEMO.member, 3);
  });

  it('answers a reset request before looking the account up, so a known email takes no longer than an unknown one', async () => {
    const testApp = await appWith();
    // Hold every write to the reset links: the request must be answered all the same.
    const blocker = new Client({ connectionString: testApp.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE user_token IN ACCESS EXCLUSIVE MODE');
      const answer = await testApp.agent().post(RESET).send({ email: DEMO.delegate }).timeout(5000);
      expect(answer.status).toBe(202);
      expect(await outboxCount(testApp, DEMO.delegate)).toBe(0);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    await expectEmails(testApp, DEMO.delegate, 1);
  });
});

describe('API documentation', () => {
  it('is served to signed-in users only, unless PUBLIC_API_DOCS is set', async () => {
    const closed = await appWith();
    const signedOut = await closed.agent().get('/api/openapi.json').expect(401);
    expect(signedOut.body.code).toBe('NOT_SIGNED_IN');
    await closed.agent().get('/api/docs').expect(401);
    const delegate = await closed.signIn('delegate');
    await delegate.get('/api/openapi.json').expect(200);
    await delegate.get('/api/docs').expect(200);

    const open = await appWith({ PUBLIC_API_DOCS: 'true' });
    await open.agent().get('/api/openapi.json').expect(200);
    await open.agent().get('/api/docs').expect(200);
  });
});

describe('logs', () => {
  it('say that an email was stored, never the secret link it carries, nor a link token in a request', async () => {
    const database = await createTestDatabase();
    const api = await startApiProcess(database.url, { LOG_LEVEL: 'info' });
    try {
      const base = api.base;
      await request(base).post(RESET).set('X-Requested-With', 'fetch').send({ email: DEMO.delegate }).expect(202);
      expect(
        await eventually(
          () => api.output(),
          (text) => text.includes('email stored in the outbox table'),
        ),
      ).toContain('email stored in the outbox table');
      await request(base).get('/reset-password?token=the-secret-from-the-link');

      const client = new Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query<{ text: string }>('SELECT text FROM outbox_email WHERE to_address = $1', [
        DEMO.delegate,
      ]);
      await client.end();
      const secret = /token=([A-Za-z0-9_-]+)/.exec(rows[0].text)?.[1] as string;
      expect(
        await eventually(
          () => api.output(),
          (text) => text.includes('token=[redacted]'),
        ),
      ).toContain('/reset-password?token=[redacted]');
      expect(api.output()).not.toContain(secret);
      expect(api.output()).not.toContain('the-secret-from-the-link');
    } finally {
      await api.stop();
      await database.drop();
    }
  });
});
