import { ZAuditQuery } from './audit';
import { ZLoginRequest, ZPasswordResetConfirm } from './auth';
import { ZEmail, ZPassword } from './common';
import { ITEM_CONTENT_FIELDS } from './items';
import { createOpenApiDocument } from './openapi';
import { routes } from './routes';
import { ZCreateMeeting, ZCreateTechnology, ZUpdateMeeting } from './taxonomies';
import { ZCreateOrganisation, ZCreateUser, ZUpdateUser, ZUserQuery } from './users';

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('account contracts', () => {
  it('lower-cases and trims emails so addresses compare case-insensitively', () => {
    expect(ZEmail.parse('  Someone@Example.ORG ')).toBe('someone@example.org');
    expect(ZEmail.safeParse('not-an-email').success).toBe(false);
  });

  it('requires passwords of 12 to 200 characters', () => {
    expect(ZPassword.safeParse('eleven-char').success).toBe(false);
    expect(ZPassword.safeParse('twelve-chars').success).toBe(true);
    expect(ZPassword.safeParse('x'.repeat(201)).success).toBe(false);
  });

  it('rejects unknown fields in a sign-in and names missing ones', () => {
    const result = ZLoginRequest.safeParse({ email: 'a@b.org', role: 'ADMIN' });
    expect(pathsOf(result).sort()).toEqual(['', 'password']);
    expect(result.error?.issues.find((issue) => issue.code === 'unrecognized_keys')).toMatchObject({ keys: ['role'] });
  });

  it('accepts a reset confirmation and refuses a short token', () => {
    expect(ZPasswordResetConfirm.safeParse({ token: 'x'.repeat(43), password: 'long-enough-pass' }).success).toBe(true);
    expect(pathsOf(ZPasswordResetConfirm.safeParse({ token: 'short', password: 'long-enough-pass' }))).toEqual([
      'token',
    ]);
  });
});

describe('administration contracts', () => {
  const organisationId = '3f1c2a9e-8a51-4c1e-9f6b-2d7c1b0e4a11';

  it('defaults a new user to English and validates each field', () => {
    expect(
      ZCreateUser.parse({ email: 'X@Y.org', displayName: 'Xavier', organisationId, role: 'MEMBER' }),
    ).toMatchObject({ email: 'x@y.org', preferredLanguage: 'en' });
    const result = ZCreateUser.safeParse({ email: 'x@y.org', displayName: 'X', organisationId: 'nope', role: 'KING' });
    expect(pathsOf(result).sort()).toEqual(['displayName', 'organisationId', 'role']);
  });

  it('refuses an empty user change', () => {
    expect(ZUpdateUser.safeParse({}).success).toBe(false);
    expect(ZUpdateUser.safeParse({ active: false }).success).toBe(true);
  });

  it('wants two-letter upper-case country codes', () => {
    expect(
      ZCreateOrganisation.safeParse({ name: 'Brazil Customs', type: 'CUSTOMS_ADMINISTRATION', country: 'BR' }).success,
    ).toBe(true);
    expect(
      pathsOf(ZCreateOrganisation.safeParse({ name: 'Brazil Customs', type: 'CUSTOMS_ADMINISTRATION', country: 'br' })),
    ).toEqual(['country']);
  });

  it('caps page sizes at 100 and coerces query strings', () => {
    expect(ZUserQuery.parse({ limit: '20', active: 'false' })).toMatchObject({ limit: 20, active: false });
    expect(ZUserQuery.parse({}).limit).toBe(50);
    expect(pathsOf(ZUserQuery.safeParse({ limit: '101' }))).toEqual(['limit']);
  });

  it('refuses an audit range that ends before it starts', () => {
    expect(pathsOf(ZAuditQuery.safeParse({ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }))).toEqual([
      'to',
    ]);
    expect(ZAuditQuery.safeParse({ from: '2026-01-01T00:00:00+01:00', to: '2026-01-01T00:00:00Z' }).success).toBe(true);
  });
});

describe('taxonomy contracts', () => {
  it('accepts a meeting and refuses one that ends before it starts', () => {
    expect(
      ZCreateMeeting.safeParse({
        source: 'ptc',
        title: 'PTC 219th/220th Sessions',
        startDate: '2018-04-16',
        endDate: '2018-04-20',
      }).success,
    ).toBe(true);
    expect(
      pathsOf(
        ZCreateMeeting.safeParse({
          source: 'ptc',
          title: 'PTC 219th/220th Sessions',
          startDate: '2018-04-16',
          endDate: '2018-04-01',
        }),
      ),
    ).toEqual(['endDate']);
    expect(pathsOf(ZUpdateMeeting.safeParse({ startDate: '16/04/2018' }))).toEqual(['startDate']);
  });

  it('wants slugs of lower-case words joined by single hyphens', () => {
    expect(
      ZCreateTechnology.safeParse({ slug: 'virtual-reality', nameEn: 'Virtual reality', nameFr: 'Réalité virtuelle' })
        .success,
    ).toBe(true);
    expect(
      pathsOf(
        ZCreateTechnology.safeParse({
          slug: 'Virtual Reality',
          nameEn: 'Virtual reality',
          nameFr: 'Réalité virtuelle',
        }),
      ),
    ).toEqual(['slug']);
  });
});

describe('OpenAPI document', () => {
  it('documents each contract route once, with its access rule and problem answers', () => {
    const document = createOpenApiDocument('test');
    const operations = Object.values(document.paths ?? {}).flatMap((item) => Object.values(item as object));
    expect(operations).toHaveLength(Object.keys(routes).length);
    const listUsers = document.paths?.['/api/v1/users']?.get;
    expect(listUsers?.description).toBe('Access: ADMIN.');
    expect(Object.keys(listUsers?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
    expect(document.paths?.['/api/health']?.get?.security).toEqual([]);
  });
});

describe('item content fields', () => {
  it('lists each kind’s fields in the order its form shows them, the shared ones first', () => {
    const shared = ['title', 'summary', 'body', 'technologies', 'source', 'meetingId', 'documentRef', 'language'];
    expect(ITEM_CONTENT_FIELDS).toEqual({
      RECOMMENDATION: [...shared, 'addressees', 'priority'],
      LESSON: [...shared, 'context', 'lesson'],
      PILOT: [...shared, 'administrationId', 'country', 'partners', 'startDate', 'endDate', 'stage', 'outcomes'],
    });
  });
});
