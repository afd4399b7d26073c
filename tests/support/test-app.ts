import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/config';
import { createApp } from '../../apps/api/src/server';
import { createTestDatabase } from './databases';

export const TEST_PASSWORD = 'correct-horse-battery-staple';
export const DEMO = {
  admin: 'admin@example.org',
  secretariat: 'secretariat@example.org',
  member: 'member@example.org',
  member2: 'member2@example.org',
  delegate: 'delegate@example.org',
} as const;
export type DemoRole = keyof typeof DEMO;

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  databaseUrl: string;
  /** An agent that keeps cookies and sends the CSRF header like the web client does. */
  agent(): TestAgent;
  signIn(who: DemoRole | string, password?: string): Promise<TestAgent>;
  query<T = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** The real AppModule against a fresh clone of the seeded test database. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    WEB_DIST: '/nonexistent',
    ...overrides,
  });
  const app = await createApp(config);
  // Listening once, instead of supertest binding a port per request, keeps concurrent requests
  // (the race tests send dozens at once) from being reset.
  await app.listen(0, '127.0.0.1');
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  const server = app.getHttpServer();

  const agent = () => {
    const created = request.agent(server);
    created.set('X-Requested-With', 'fetch');
    return created;
  };

  return {
    app,
    config,
    databaseUrl: database.url,
    agent,
    async signIn(who, password = TEST_PASSWORD) {
      const email = who in DEMO ? DEMO[who as DemoRole] : who;
      const signedIn = agent();
      const response = await signedIn.post('/api/v1/auth/login').send({ email, password });
      if (response.status !== 200)
        throw new Error(`Sign-in of ${email} failed with ${response.status}: ${response.text}`);
      return signedIn;
    },
    async query(text, values) {
      return (await sql.query(text, values as unknown[])).rows;
    },
    async close() {
      await app.close();
      await sql.end();
      await database.drop();
    },
  };
}
