import request from 'supertest';
import { SessionPurger } from '../../apps/api/src/auth/session-purger';
import { AfterResponse } from '../../apps/api/src/database/after-response';
import { DEMO, startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8', SESSION_CACHE_MS: '300' });
});
afterAll(() => testApp.close());

const sessionCookie = (setCookie: string[] | string | undefined) =>
  [setCookie ?? []].flat().find((cookie) => cookie.startsWith('srt_session='));

async function latestEmail(to: string): Promise<{ subject: string; text: string }> {
  const [row] = await testApp.query<{ subject: string; text: string }>(
    'SELECT subject, text FROM outbox_email WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
    [to],
  );
  return row;
}

/** A reset email is written after the request is answered: wait until that work has settled. */
const resetWorkDone = () => testApp.app.get(AfterResponse).settled();

const linkToken = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] as string;

describe('sign-in', () => {
  it('sets an httpOnly SameSite=Lax cookie and answers who signed in', async () => {
    const agent = testApp.agent();
    const response = await agent
      .post('/api/v1/auth/login')
      .send({ email: 'Member@Example.org', password: TEST_PASSWORD })
      .expect(200);
    expect(response.body).toMatchObject({
      email: DEMO.member,
      role: 'MEMBER',
      organisation: { name: 'Netherlands Customs' },
    });
    expect(response.body).not.toHaveProperty('passwordHash');
    const cookie = sessionCookie(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await agent.get('/api/v1/auth/me').expect(200);
    expect(me.body.email).toBe(DEMO.member);
  });

  it('marks the cookie Secure when the app is served over https', async () => {
    const secureApp = await startTestApp({ PUBLIC_URL: 'https://tracker.example.org' });
    try {
      const response = await secureApp
        .agent()
        .post('/api/v1/auth/login')
        .send({ email: DEMO.member, password: TEST_PASSWORD })
        .expect(200);
      expect(sessionCookie(response.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await secureApp.close();
    }
  });

  it('gives byte-identical answers for an unknown email and a wrong password', async () => {
    const unknown = await testApp
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.org', password: 'whatever-password' })
      .expect(401);
    const wrong = await testApp
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: DEMO.delegate, password: 'whatever-password' })
      .expect(401);
    const strip = (body: Record<string, unknown>) => JSON.stringify({ ...body, requestId: undefined });
    expect(strip(unknown.body)).toBe(strip(wrong.body));
    expect(unknown.body.detail).toBe('The email or password is not correct.');
  });

  it('rejects malformed input naming the field, and never leaks whether the account exists', async () => {
    const response = await testApp
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: 'x'.repeat(300) + '@example.org', password: '' })
      .expect(400);
    expect(response.body.errors.map((issue: { path: string }) => issue.path).sort()).toEqual(['email', 'password']);
  });
});

describe('throttling', () => {
  it('answers 429 with Retry-After after five failures for one email, and a success does not bypass it', async () => {
    const throttledApp = await startTestApp();
    try {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await throttledApp
          .agent()
          .post('/api/v1/auth/login')
          .send({ email: DEMO.member2, password: 'wrong-password-x' })
          .expect(401);
      }
      const blocked = await throttledApp
        .agent()
        .post('/api/v1/auth/login')
        .send({ email: DEMO.member2, password: TEST_PASSWORD })
        .expect(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
      expect(blocked.headers['content-type']).toContain('application/problem+json');
    } finally {
      await throttledApp.close();
    }
  });

  it('throttles one address trying many emails', async () => {
    const throttledApp = await startTestApp({ LOGIN_ADDRESS_MAX_FAILURES: '5' });
    try {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await throttledApp
          .agent()
          .post('/api/v1/auth/login')
          .send({ email: `guess${attempt}@example.org`, password: 'wrong-password-x' })
          .expect(401);
      }
      await throttledApp
        .agent()
        .post('/api/v1/auth/login')
        .send({ email: DEMO.admin, password: TEST_PASSWORD })
        .expect(429);
    } finally {
      await throttledApp.close();
    }
  });
});

describe('session lifecycle', () => {
  it('ends the session server-side on sign-out: the old cookie no longer works', async () => {
    const agent = await testApp.signIn('delegate');
    const cookie = (
      await testApp.query<{ count: string }>(
        'SELECT count(*) FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1',
        [DEMO.delegate],
      )
    )[0];
    expect(Number(cookie.count)).toBeGreaterThan(0);
    await agent.post('/api/v1/auth/logout').expect(204);
    await agent.get('/api/v1/auth/me').expect(401);
  });

  it('expires a session idle longer than the idle limit, and one older than the absolute limit', async () => {
    const idle = await testApp.signIn('member');
    await testApp.query(
      "UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = (SELECT id FROM app_user WHERE email = $1)",
      [DEMO.member],
    );
    await idle.get('/api/v1/auth/me').expect(401);

    const old = await testApp.signIn('member');
    await testApp.query(
      "UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM app_user WHERE email = $1)",
      [DEMO.member],
    );
    await old.get('/api/v1/auth/me').expect(401);
  });

  it('deletes expired sessions in its hourly purge and keeps live ones', async () => {
    const live = await testApp.signIn('secretariat');
    await testApp.signIn('delegate');
    await testApp.query(
      "UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM app_user WHERE email = $1)",
      [DEMO.delegate],
    );
    await testApp.app.get(SessionPurger).run();
    const left = await testApp.query<{ email: string }>(
      'SELECT DISTINCT u.email FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = ANY($1)',
      [[DEMO.delegate, DEMO.secretariat]],
    );
    expect(left).toEqual([{ email: DEMO.secretariat }]);
    await live.get('/api/v1/auth/me').expect(200);
  });

  it('ends every session of a deactivated user, and lets them back after reactivation', async () => {
    const member2 = await testApp.signIn('member2');
    await member2.get('/api/v1/auth/me').expect(200);
    const admin = await testApp.signIn('admin');
    const [user] = await testApp.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [DEMO.member2]);
    await admin.patch(`/api/v1/users/${user.id}`).send({ active: false }).expect(200);
    await member2.get('/api/v1/auth/me').expect(401);
    await testApp.agent().post('/api/v1/auth/login').send({ email: DEMO.member2, password: TEST_PASSWORD }).expect(401);
    await admin.patch(`/api/v1/users/${user.id}`).send({ active: true }).expect(200);
    await testApp.signIn('member2');
  });

  it("applies a role given by an administrator from the user's next request", async () => {
    const member2 = await testApp.signIn('member2');
    await member2.get('/api/v1/reviewers').expect(403);
    const admin = await testApp.signIn('admin');
    const [user] = await testApp.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [DEMO.member2]);
    await admin.patch(`/api/v1/users/${user.id}`).send({ role: 'SECRETARIAT' }).expect(200);
    await member2.get('/api/v1/reviewers').expect(200);
    await admin.patch(`/api/v1/users/${user.id}`).send({ role: 'MEMBER' }).expect(200);
    await member2.get('/api/v1/reviewers').expect(403);
  });

  it('refuses a session ended by another process (here: directly in the database) within SESSION_CACHE_MS', async () => {
    const member = await testApp.signIn('member');
    await member.get('/api/v1/auth/me').expect(200);
    await testApp.query('DELETE FROM session WHERE user_id = (SELECT id FROM app_user WHERE email = $1)', [
      DEMO.member,
    ]);
    await new Promise((resolve) => setTimeout(resolve, testApp.config.SESSION_CACHE_MS + 100));
    await member.get('/api/v1/auth/me').expect(401);
  });

  it('saves the language preference to the user', async () => {
    const member = await testApp.signIn('member');
    const response = await member.patch('/api/v1/auth/me').send({ preferredLanguage: 'fr' }).expect(200);
    expect(response.body.preferredLanguage).toBe('fr');
    expect((await member.get('/api/v1/auth/me')).body.preferredLanguage).toBe('fr');
    await member.patch('/api/v1/auth/me').send({ preferredLanguage: 'de' }).expect(400);
  });
});

describe('CSRF defence', () => {
  it('refuses a cookie-authenticated write without the custom header, as a cross-site form would send it', async () => {
    const login = await testApp
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: DEMO.secretariat, password: TEST_PASSWORD })
      .expect(200);
    const cookie = sessionCookie(login.headers['set-cookie'])?.split(';')[0] as string;
    const response = await request(testApp.app.getHttpServer())
      .post('/api/v1/technologies')
      .set('Cookie', cookie)
      .type('form')
      .send('slug=forged&nameEn=Forged&nameFr=Forged')
      .expect(403);
    expect(response.body.detail).toContain('x-requested-with');
    await request(testApp.app.getHttpServer())
      .post('/api/v1/technologies')
      .set('Cookie', cookie)
      .set('X-Requested-With', 'fetch')
      .send({ slug: 'with-header', nameEn: 'With header', nameFr: 'Avec en-tête' })
      .expect(201);
    const agent = await testApp.signIn('secretariat');
    const crossSite = await agent
      .post('/api/v1/technologies')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ slug: 'forged', nameEn: 'Forged', nameFr: 'Forged' })
      .expect(403);
    expect(crossSite.headers['content-type']).toContain('application/problem+json');
    const [{ count }] = await testApp.query<{ count: string }>("SELECT count(*) FROM technology WHERE slug = 'forged'");
    expect(count).toBe('0');
  });
});

describe('password reset', () => {
  it('answers the same whether or not the account exists, and emails only a real one', async () => {
    const before = await testApp.query<{ count: string }>('SELECT count(*) FROM outbox_email');
    const unknown = await testApp
      .agent()
      .post('/api/v1/auth/password-reset')
      .send({ email: 'nobody@example.org' })
      .expect(202);
    const known = await testApp.agent().post('/api/v1/auth/password-reset').send({ email: DEMO.delegate }).expect(202);
    expect(unknown.body).toEqual(known.body);
    await resetWorkDone();
    const after = await testApp.query<{ count: string }>('SELECT count(*) FROM outbox_email');
    expect(Number(after[0].count) - Number(before[0].count)).toBe(1);
    const email = await latestEmail(DEMO.delegate);
    expect(email.subject).toMatch(/mot de passe/i);
  });

  it('sets a new password once: the token is single-use and old sessions end', async () => {
    const oldSession = await testApp.signIn('secretariat');
    await testApp.agent().post('/api/v1/auth/password-reset').send({ email: DEMO.secretariat }).expect(202);
    await resetWorkDone();
    const token = linkToken((await latestEmail(DEMO.secretariat)).text);
    const tooShort = await testApp
      .agent()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'short' })
      .expect(400);
    expect(tooShort.body.errors).toEqual([
      { path: 'password', code: 'TOO_SHORT', params: { minimum: 12 }, message: 'Use at least 12 characters' },
    ]);
    await testApp
      .agent()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'a-brand-new-passphrase' })
      .expect(204);
    await oldSession.get('/api/v1/auth/me').expect(401);
    const reused = await testApp
      .agent()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'another-new-passphrase' })
      .expect(400);
    expect(reused.body.errors[0].path).toBe('token');
    await testApp.signIn('secretariat', 'a-brand-new-passphrase');
    await testApp
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: DEMO.secretariat, password: TEST_PASSWORD })
      .expect(401);
  });

  it('refuses an expired token', async () => {
    await testApp.agent().post('/api/v1/auth/password-reset').send({ email: DEMO.admin }).expect(202);
    await resetWorkDone();
    const token = linkToken((await latestEmail(DEMO.admin)).text);
    await testApp.query(
      "UPDATE user_token SET expires_at = now() - interval '1 second' WHERE purpose = 'PASSWORD_RESET' AND used_at IS NULL",
    );
    await testApp
      .agent()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'a-brand-new-passphrase' })
      .expect(400);
    await testApp.signIn('admin');
  });
});

describe('administration', () => {
  it('invites a user who sets a password from the emailed link and signs in', async () => {
    const admin = await testApp.signIn('admin');
    const organisations = await admin.get('/api/v1/organisations').expect(200);
    const korea = organisations.body.find(
      (organisation: { name: string }) => organisation.name === 'Korea Customs Service',
    );
    const created = await admin
      .post('/api/v1/users')
      .send({
        email: 'New.Person@Customs.example',
        displayName: 'New Person',
        organisationId: korea.id,
        role: 'MEMBER',
      })
      .expect(201);
    expect(created.body).toMatchObject({ email: 'new.person@customs.example', hasPassword: false, active: true });
    await admin
      .post('/api/v1/users')
      .send({ email: 'new.person@customs.example', displayName: 'Twice', organisationId: korea.id, role: 'MEMBER' })
      .expect(409);
    const invitation = await latestEmail('new.person@customs.example');
    expect(invitation.text).toContain('/set-password?token=');
    await testApp
      .agent()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: linkToken(invitation.text), password: 'my-own-passphrase' })
      .expect(204);
    const invitee = await testApp.signIn('new.person@customs.example', 'my-own-passphrase');
    expect((await invitee.get('/api/v1/auth/me')).body.organisation.name).toBe('Korea Customs Service');
  });

  it('changes a role, refuses an unknown organisation, and keeps the last administrator', async () => {
    const admin = await testApp.signIn('admin');
    const [delegate] = await testApp.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [DEMO.delegate]);
    const promoted = await admin.patch(`/api/v1/users/${delegate.id}`).send({ role: 'SECRETARIAT' }).expect(200);
    expect(promoted.body.role).toBe('SECRETARIAT');
    const unknown = await admin
      .patch(`/api/v1/users/${delegate.id}`)
      .send({ organisationId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(unknown.body.errors[0].path).toBe('organisationId');
    await admin.patch(`/api/v1/users/${delegate.id}`).send({}).expect(400);
    await admin.patch(`/api/v1/users/${delegate.id}`).send({ role: 'DELEGATE' }).expect(200);
    const [self] = await testApp.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [DEMO.admin]);
    await admin.patch(`/api/v1/users/${self.id}`).send({ active: false }).expect(409);
  });

  it('lists users with keyset pagination and filters', async () => {
    const admin = await testApp.signIn('admin');
    const first = await admin.get('/api/v1/users?limit=2').expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await admin
      .get(`/api/v1/users?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`)
      .expect(200);
    expect(second.body.items[0].email > first.body.items[1].email).toBe(true);
    const members = await admin.get('/api/v1/users?role=MEMBER').expect(200);
    expect(members.body.items.every((user: { role: string }) => user.role === 'MEMBER')).toBe(true);
    const tampered = await admin
      .get(`/api/v1/users?cursor=${encodeURIComponent(first.body.nextCursor.replace(/.$/, 'x'))}`)
      .expect(400);
    expect(tampered.body.errors[0].path).toBe('query.cursor');
    await admin.get('/api/v1/users?limit=101').expect(400);
  });

  it('creates organisations and records every admin action in an append-only audit log', async () => {
    const admin = await testApp.signIn('admin');
    await admin
      .post('/api/v1/organisations')
      .send({ name: 'Brazil Receita Federal', type: 'CUSTOMS_ADMINISTRATION', country: 'BR' })
      .expect(201);
    const badCountry = await admin
      .post('/api/v1/organisations')
      .send({ name: 'Somewhere', type: 'ACADEMIA', country: 'Brazil' })
      .expect(400);
    expect(badCountry.body.errors[0].path).toBe('country');
    const audit = await admin.get('/api/v1/audit?action=organisation.created').expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'organisation.created',
      summary: 'Created Brazil Receita Federal',
      actor: { email: DEMO.admin },
    });
    const logins = await admin.get('/api/v1/audit?action=auth.login&limit=1').expect(200);
    expect(logins.body.nextCursor).not.toBeNull();
    const [{ id }] = await testApp.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [DEMO.admin]);
    const mine = await admin.get(`/api/v1/audit?actor=${id}`).expect(200);
    expect(mine.body.items.every((entry: { actor: { id: string } }) => entry.actor.id === id)).toBe(true);
    await expect(testApp.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(testApp.query("UPDATE audit_log SET summary = 'changed'")).rejects.toThrow(/append-only/);
  });
});
