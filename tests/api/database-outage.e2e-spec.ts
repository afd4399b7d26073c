import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { loadConfig } from '../../apps/api/src/config/config';
import { createApp } from '../../apps/api/src/server';
import { withAdminClient } from '../support/databases';
import { TEST_PASSWORD } from '../support/test-app';

/** An app whose database does not exist yet: it must answer 503 quickly, then recover by itself. */
it('answers 503 while the database is unavailable and recovers when it returns', async () => {
  const name = `outage_${randomBytes(4).toString('hex')}`;
  const url = new URL(process.env.TEST_DATABASE_ADMIN_URL as string);
  url.pathname = `/${name}`;
  const app = await createApp(
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url.toString(), WEB_DIST: '/nonexistent' }),
  );
  const server = app.getHttpServer();
  try {
    const started = Date.now();
    const ready = await request(server).get('/api/ready').expect(503);
    expect(ready.body).toEqual({ status: 'unavailable', database: 'down' });
    const login = await request(server)
      .post('/api/v1/auth/login')
      .set('X-Requested-With', 'fetch')
      .send({ email: 'admin@example.org', password: TEST_PASSWORD })
      .expect(503);
    expect(login.headers['content-type']).toContain('application/problem+json');
    expect(login.headers['retry-after']).toBe('5');
    expect(login.text).not.toMatch(/SELECT|at .*\.js/);
    expect(Date.now() - started).toBeLessThan(5000);

    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE srt_template`));
    await request(server).get('/api/ready').expect(200);
    await request(server)
      .post('/api/v1/auth/login')
      .set('X-Requested-With', 'fetch')
      .send({ email: 'admin@example.org', password: TEST_PASSWORD })
      .expect(200);

    // Connections cut by a database restart are replaced without a restart of the app.
    await withAdminClient((client) =>
      client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]),
    );
    await request(server).get('/api/ready').expect(200);
  } finally {
    await app.close();
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
});
