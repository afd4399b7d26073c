import type { TItemFilters } from '@srt/contracts';
import TestAgent from 'supertest/lib/agent';
import type { SessionUser } from '../../apps/api/src/auth/session-user';
import { StatsRepository, statsTalliesCanAnswer } from '../../apps/api/src/insight/stats.repository';
import { ItemSearchRepository } from '../../apps/api/src/items/item-search.repository';
import { lessonContent, pilotContent, type ContentOverrides } from '../support/item-contents';
import { createItem, organisationId, setStatus } from '../support/items';
import { DEMO, startTestApp, type DemoRole, type TestApp } from '../support/test-app';

// Facets and stats for technology, kind, status and source filters come from tallies that
// triggers keep (see the migrations add_technology_ids_and_item_tallies and add_stats_tallies).
// Here every kind of write the application makes (and some it does not: direct SQL updates)
// happens, before and after a compaction, and the tallied facets and stats must equal counting
// the items one by one.
const MARKER = 'tally-marker';

let testApp: TestApp;
let agents: Record<'member' | 'member2' | 'secretariat' | 'delegate', TestAgent>;

const pilot = async (overrides: ContentOverrides<'PILOT'> = {}) =>
  pilotContent(await organisationId(testApp, 'Korea Customs Service'), {
    title: 'Counting pilots by country',
    technologies: [MARKER, 'drones'],
    ...overrides,
  });

const lesson = (overrides: ContentOverrides<'LESSON'> = {}) =>
  lessonContent({ title: 'Counting lessons learnt', technologies: ['ai', MARKER], ...overrides });

async function sessionUser(role: DemoRole): Promise<SessionUser> {
  const [row] = await testApp.query<SessionUser>(
    `SELECT id, email, display_name AS "displayName", role, organisation_id AS "organisationId", preferred_language AS "preferredLanguage"
       FROM app_user WHERE email = $1`,
    [DEMO[role]],
  );
  return row;
}

/** The counts the live SQL gives, in the API's answer format. */
async function liveFacets(role: DemoRole, filters: TItemFilters) {
  const counts = await testApp.app.get(ItemSearchRepository).facets(await sessionUser(role), filters);
  const sorted = (rows: { value: string; count: number }[]) =>
    rows
      .map((row) => ({ value: row.value, count: Number(row.count) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    total: counts.total,
    technology: sorted(counts.technology),
    kind: sorted(counts.kind),
    status: sorted(counts.status),
    source: sorted(counts.source),
  };
}

const FILTERS: { query: string; filters: TItemFilters }[] = [
  { query: '', filters: {} },
  { query: `technology=${MARKER}`, filters: { technology: [MARKER] } },
  {
    query: `technology=${MARKER}&status=ACCEPTED&status=SUBMITTED`,
    filters: { technology: [MARKER], status: ['ACCEPTED', 'SUBMITTED'] },
  },
  { query: 'kind=LESSON&source=ptc&source=open-sources', filters: { kind: 'LESSON', source: ['ptc', 'open-sources'] } },
  { query: 'technology=drones&kind=PILOT', filters: { technology: ['drones'], kind: 'PILOT' } },
  {
    query: `technology=${MARKER}&technology=blockchain&status=ACCEPTED`,
    filters: { technology: [MARKER, 'blockchain'], status: ['ACCEPTED'] },
  },
  {
    query: 'kind=LESSON&status=SUBMITTED&status=REJECTED&status=WITHDRAWN',
    filters: { kind: 'LESSON', status: ['SUBMITTED', 'REJECTED', 'WITHDRAWN'] },
  },
];

it('answers stats from the tallies for kind, status and one-technology filters', () => {
  expect(FILTERS.map(({ filters }) => statsTalliesCanAnswer(filters))).toEqual([
    true,
    true,
    true,
    false,
    true,
    false,
    true,
  ]);
});

async function expectTalliesToMatchLiveCounts() {
  for (const role of Object.keys(agents) as (keyof typeof agents)[]) {
    for (const { query, filters } of FILTERS) {
      const answered = await agents[role].get(`/api/v1/items/facets?${query}`).expect(200);
      expect({ role, query, facets: answered.body }).toEqual({ role, query, facets: await liveFacets(role, filters) });
      const stats = await agents[role].get(`/api/v1/stats?${query}`).expect(200);
      const counted = await testApp.app.get(StatsRepository).counted(await sessionUser(role), filters);
      expect({ role, query, stats: stats.body }).toEqual({ role, query, stats: counted });
    }
  }
}

beforeAll(async () => {
  testApp = await startTestApp();
  const [member, member2, secretariat, delegate] = await Promise.all(
    ['member', 'member2', 'secretariat', 'delegate'].map((role) => testApp.signIn(role)),
  );
  agents = { member, member2, secretariat, delegate };
  await secretariat
    .post('/api/v1/technologies')
    .send({ slug: MARKER, nameEn: 'Tally marker', nameFr: 'Marqueur de décompte' })
    .expect(201);
});
afterAll(() => testApp.close());

it('keeps tallied facets and stats equal to live counts through creates, transitions, edits, deletes and compaction', async () => {
  const { member, member2, secretariat } = agents;
  const drafts = await Promise.all([
    createItem(member, lesson()),
    createItem(
      member,
      lesson({
        title: 'Counting under another source',
        source: 'open-sources',
        technologies: [MARKER, 'drones', 'blockchain'],
      }),
    ),
    createItem(member2, lesson({ title: 'Counting by a second member' })),
    createItem(member2, lesson({ title: 'A draft that will be deleted' })),
    createItem(member, await pilot()),
    createItem(
      member2,
      await pilot({
        title: 'Counting completed pilots',
        country: 'NL',
        stage: 'COMPLETED',
        endDate: '2020-12-31',
        outcomes: 'Counted',
        technologies: ['blockchain'],
      }),
    ),
  ]);
  await expectTalliesToMatchLiveCounts();

  // Through the workflow, then behind its back (the tallies are kept by the database itself).
  await member.post(`/api/v1/items/${drafts[0].reference}/transitions`).send({ action: 'submit' }).expect(200);
  await member2.post(`/api/v1/items/${drafts[2].reference}/transitions`).send({ action: 'submit' }).expect(200);
  await setStatus(testApp, drafts[1].reference, 'ACCEPTED');
  await member.post(`/api/v1/items/${drafts[4].reference}/transitions`).send({ action: 'submit' }).expect(200);
  await member2.post(`/api/v1/items/${drafts[5].reference}/transitions`).send({ action: 'submit' }).expect(200);
  await setStatus(testApp, drafts[5].reference, 'ACCEPTED', { decidedAt: '2021-03-31T23:30:00Z' });
  await expectTalliesToMatchLiveCounts();

  await testApp.query('SELECT compact_item_tallies()');
  // The Secretariat retags an accepted item; a member withdraws; a draft is deleted.
  const accepted = await secretariat.get(`/api/v1/items/${drafts[1].reference}`).expect(200);
  await secretariat
    .patch(`/api/v1/items/${drafts[1].reference}`)
    .send({ version: accepted.body.version, technologies: [MARKER, 'ai'], source: 'ptc' })
    .expect(200);
  await member.post(`/api/v1/items/${drafts[0].reference}/transitions`).send({ action: 'withdraw' }).expect(200);
  await member2.delete(`/api/v1/items/${drafts[3].reference}`).expect(204);
  await setStatus(testApp, drafts[2].reference, 'REJECTED');
  await setStatus(testApp, drafts[4].reference, 'ACCEPTED', { decidedAt: '2021-04-01T00:30:00Z' });
  await testApp.query(`UPDATE item SET country = 'FR', stage = 'COMPLETED' WHERE reference = $1`, [
    drafts[5].reference,
  ]);
  await expectTalliesToMatchLiveCounts();

  await testApp.query('SELECT compact_item_tallies()');
  const [{ deltas }] = await testApp.query<{ deltas: string }>(`
    SELECT max(n) AS deltas FROM (
      SELECT count(*) AS n FROM item_tally GROUP BY kind, status, source_id
      UNION ALL SELECT count(*) FROM item_technology_tally GROUP BY technology_id, kind, status, source_id
      UNION ALL SELECT count(*) FROM item_technology_set_tally GROUP BY technology_ids, kind, status
      UNION ALL SELECT count(*) FROM item_month_tally GROUP BY month, technology_id, kind, status
      UNION ALL SELECT count(*) FROM item_pilot_tally GROUP BY technology_id, status, country, stage) keys`);
  expect(Number(deltas)).toBe(1);
  await expectTalliesToMatchLiveCounts();
});
