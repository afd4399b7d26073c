import TestAgent from 'supertest/lib/agent';
import { startTestApp, type DemoRole, type TestApp } from '../support/test-app';

/**
 * Who may call what (SPEC §2), declared independently of the code. Every route the server
 * registers must appear here: a route added without an entry fails this suite.
 * `allow` = the guard lets the call through (any answer but 401/403); `deny` = 401 for
 * anonymous callers, 403 for a signed-in role.
 */
type Caller = 'anonymous' | 'MEMBER' | 'DELEGATE' | 'SECRETARIAT' | 'ADMIN';
type Outcome = 'allow' | 'deny';
type Row = Record<Caller, Outcome>;

const EVERYONE: Row = { anonymous: 'allow', MEMBER: 'allow', DELEGATE: 'allow', SECRETARIAT: 'allow', ADMIN: 'allow' };
const SIGNED_IN: Row = { anonymous: 'deny', MEMBER: 'allow', DELEGATE: 'allow', SECRETARIAT: 'allow', ADMIN: 'allow' };
const SECRETARIAT: Row = { anonymous: 'deny', MEMBER: 'deny', DELEGATE: 'deny', SECRETARIAT: 'allow', ADMIN: 'allow' };
const MEMBERS: Row = { anonymous: 'deny', MEMBER: 'allow', DELEGATE: 'deny', SECRETARIAT: 'allow', ADMIN: 'allow' };
const ADMIN: Row = { anonymous: 'deny', MEMBER: 'deny', DELEGATE: 'deny', SECRETARIAT: 'deny', ADMIN: 'allow' };

const EXPECTED: Record<string, Row> = {
  'GET /api/health': EVERYONE,
  'GET /api/ready': EVERYONE,
  'GET /api/openapi.json': SIGNED_IN,
  'GET /api/docs': SIGNED_IN,
  'GET /api/docs/init.js': SIGNED_IN,
  // Loopback or METRICS_TOKEN, whoever is signed in: this suite's client is on loopback, so every
  // caller is let in; metrics.e2e-spec.ts and metrics-access.spec.ts cover the refusals.
  'GET /api/metrics': EVERYONE,
  'POST /api/v1/auth/login': EVERYONE,
  'POST /api/v1/auth/logout': SIGNED_IN,
  'GET /api/v1/auth/me': SIGNED_IN,
  'PATCH /api/v1/auth/me': SIGNED_IN,
  'POST /api/v1/auth/password-reset': EVERYONE,
  'POST /api/v1/auth/password-reset/confirm': EVERYONE,
  'GET /api/v1/users': ADMIN,
  'POST /api/v1/users': ADMIN,
  'PATCH /api/v1/users/:id': ADMIN,
  'GET /api/v1/organisations': SIGNED_IN,
  'POST /api/v1/organisations': ADMIN,
  'GET /api/v1/technologies': SIGNED_IN,
  'POST /api/v1/technologies': SECRETARIAT,
  'PATCH /api/v1/technologies/:slug': SECRETARIAT,
  'GET /api/v1/sources': SIGNED_IN,
  'POST /api/v1/sources': SECRETARIAT,
  'PATCH /api/v1/sources/:slug': SECRETARIAT,
  'GET /api/v1/meetings': SIGNED_IN,
  'POST /api/v1/meetings': SECRETARIAT,
  'PATCH /api/v1/meetings/:id': SECRETARIAT,
  'GET /api/v1/items': SIGNED_IN,
  'GET /api/v1/items/facets': SIGNED_IN,
  'GET /api/v1/items/similar': SIGNED_IN,
  'GET /api/v1/items/export': SIGNED_IN,
  'POST /api/v1/items/import': SECRETARIAT,
  'GET /api/v1/stats': SIGNED_IN,
  'POST /api/v1/items': MEMBERS,
  'GET /api/v1/items/:ref': SIGNED_IN,
  'PATCH /api/v1/items/:ref': MEMBERS,
  'DELETE /api/v1/items/:ref': MEMBERS,
  'GET /api/v1/items/:ref/revisions': SIGNED_IN,
  'GET /api/v1/items/:ref/revisions/:n': SIGNED_IN,
  'GET /api/v1/items/:ref/diff': SIGNED_IN,
  'GET /api/v1/items/:ref/similar': SIGNED_IN,
  'POST /api/v1/items/:ref/links': MEMBERS,
  'DELETE /api/v1/items/:ref/links': MEMBERS,
  'POST /api/v1/items/:ref/transitions': SIGNED_IN,
  'GET /api/v1/items/:ref/events': SIGNED_IN,
  'GET /api/v1/reviewers': SECRETARIAT,
  'GET /api/v1/triage': SECRETARIAT,
  'GET /api/v1/items/:ref/comments': SIGNED_IN,
  'POST /api/v1/items/:ref/comments': SIGNED_IN,
  'PATCH /api/v1/items/:ref/comments/:id': SIGNED_IN,
  'DELETE /api/v1/items/:ref/comments/:id': SIGNED_IN,
  'GET /api/v1/items/:ref/endorsement': SIGNED_IN,
  'POST /api/v1/items/:ref/endorsement': MEMBERS,
  'DELETE /api/v1/items/:ref/endorsement': MEMBERS,
  'GET /api/v1/notifications': SIGNED_IN,
  'POST /api/v1/notifications/read': SIGNED_IN,
  'GET /api/v1/notifications/preferences': SIGNED_IN,
  'PATCH /api/v1/notifications/preferences': SIGNED_IN,
  'GET /api/v1/report/editions': SIGNED_IN,
  'POST /api/v1/report/editions': SECRETARIAT,
  'GET /api/v1/report/editions/:id': SIGNED_IN,
  'PATCH /api/v1/report/editions/:id': SECRETARIAT,
  'POST /api/v1/report/editions/:id/publish': SECRETARIAT,
  'POST /api/v1/report/editions/:id/chapters': SECRETARIAT,
  'PATCH /api/v1/report/chapters/:id': SECRETARIAT,
  'DELETE /api/v1/report/chapters/:id': SECRETARIAT,
  'POST /api/v1/report/editions/:id/sections': SECRETARIAT,
  'PATCH /api/v1/report/sections/:id': SECRETARIAT,
  'DELETE /api/v1/report/sections/:id': SECRETARIAT,
  'POST /api/v1/report/sections/:sectionId/traces': SECRETARIAT,
  'DELETE /api/v1/report/traces/:id': SECRETARIAT,
  'POST /api/v1/report/traces/:id/confirm': SECRETARIAT,
  'GET /api/v1/report/editions/:id/coverage': SIGNED_IN,
  'GET /api/v1/report/editions/:id/document': SIGNED_IN,
  'GET /api/v1/report/editions/:id/diff/:otherId': SIGNED_IN,
  'GET /api/v1/audit': ADMIN,
};

const CALLER_ACCOUNTS: Record<Exclude<Caller, 'anonymous'>, DemoRole> = {
  MEMBER: 'member',
  DELEGATE: 'delegate',
  SECRETARIAT: 'secretariat',
  ADMIN: 'admin',
};

const SAMPLE_PARAMS: Record<string, string> = {
  id: '00000000-0000-4000-8000-000000000000',
  slug: 'no-such-slug',
  ref: 'REC-9999',
  n: '1',
  sectionId: '00000000-0000-4000-8000-000000000000',
  otherId: '00000000-0000-4000-8000-000000000001',
};

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

const NOT_FOUND_CATCH_ALL = '/{*path}';

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

function registeredRoutes(): string[] {
  const express = testApp.app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  return (
    express.router.stack
      // Nest answers unknown paths through catch-all `/{*path}` routes: they are the 404, not an endpoint.
      .filter((layer) => layer.route && layer.route.path !== NOT_FOUND_CATCH_ALL)
      .flatMap((layer) =>
        Object.keys(layer.route!.methods)
          .filter((method) => method !== '_all')
          .map((method) => `${method.toUpperCase()} ${layer.route!.path}`),
      )
  );
}

it('declares an expected outcome for every registered route, and no route that does not exist', () => {
  expect(registeredRoutes().sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(Object.keys(EXPECTED))('%s', (route) => {
  const [method, path] = route.split(' ');
  const url = path.replace(/:(\w+)/g, (_, name: string) => SAMPLE_PARAMS[name]);

  it.each(Object.keys(EXPECTED[route]) as Caller[])('as %s', async (caller) => {
    // A fresh session per call: some routes (sign-out) end the session they are called with.
    const agent: TestAgent = caller === 'anonymous' ? testApp.agent() : await testApp.signIn(CALLER_ACCOUNTS[caller]);
    const call = agent[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](url);
    // An empty body is refused by validation after the guard, so allowed writes change nothing.
    const response = method === 'GET' ? await call : await call.send({});
    const expected = EXPECTED[route][caller];
    if (expected === 'allow') {
      expect([401, 403]).not.toContain(response.status);
    } else {
      expect(response.status).toBe(caller === 'anonymous' ? 401 : 403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe(caller === 'anonymous' ? 'NOT_SIGNED_IN' : 'FORBIDDEN');
    }
  });
});
