// Fills a migrated, seeded database with the SPEC §6 benchmark dataset, in SQL, batch by batch:
// 12 technologies, 40 source bodies, 300 meetings, 300 organisations, 5,000 users, ITEMS items
// (default 1,000,000; mixed kinds and statuses; references from 1000001 up, far above the
// sequences' numbers), 3 editions, 200,000 trace links, 2 events per item.
// Run through `npm run bench:generate` (uses DATABASE_URL or the embedded database) after
// `npm run build`: each kind's own columns come from the API's description of the kinds.
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { OWN_COLUMN_FIELDS, emptyValue } = require('../apps/api/dist/src/items/item-kinds.js');

const ITEMS = Number(process.env.ITEMS ?? 1_000_000);
const BATCH = 50_000;
const TRACES = Math.round(ITEMS / 5);
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: run `npm run bench:generate`.');
  process.exit(1);
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const started = Date.now();
// One transaction: a failed run leaves the database as it was.
await client.query('BEGIN');
const step = async (label, sql, values = []) => {
  const at = Date.now();
  await client.query(sql, values);
  console.log(`${label} (${((Date.now() - at) / 1000).toFixed(1)} s)`);
};

await step(
  'technologies',
  `
  INSERT INTO technology (slug, name_en, name_fr)
  SELECT 'bench-tech-' || g, 'Benchmark technology ' || g, 'Technologie de test ' || g
    FROM generate_series(1, greatest(0, 12 - (SELECT count(*) FROM technology))) g`,
);
await step(
  'source bodies',
  `
  INSERT INTO source_body (slug, name, kind)
  SELECT 'bench-source-' || g, 'Benchmark source ' || g, 'WCO_BODY' FROM generate_series(1, greatest(0, 40 - (SELECT count(*) FROM source_body))) g`,
);
await step(
  'meetings',
  `
  INSERT INTO meeting (source_id, title, start_date)
  SELECT (SELECT id FROM source_body ORDER BY slug LIMIT 1 OFFSET g % 40), 'Benchmark meeting ' || g, date '2015-01-01' + g
    FROM generate_series(1, 300) g`,
);
await step(
  'organisations',
  `
  INSERT INTO organisation (name, type, country)
  SELECT 'Benchmark organisation ' || g, 'CUSTOMS_ADMINISTRATION', chr(65 + g % 26) || chr(65 + (g / 26) % 26) FROM generate_series(1, 300) g`,
);
await step(
  'users',
  `
  INSERT INTO app_user (email, display_name, organisation_id, role, updated_at)
  SELECT 'bench-user-' || g || '@example.org', 'Benchmark user ' || g,
         (SELECT id FROM organisation WHERE name = 'Benchmark organisation ' || (1 + g % 300)), 'MEMBER', now()
    FROM generate_series(1, 5000) g`,
);

await client.query(
  `CREATE TEMP TABLE bench_user AS SELECT row_number() OVER (ORDER BY id) AS n, id, organisation_id FROM app_user`,
);
await client.query(
  `CREATE TEMP TABLE bench_source AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM source_body`,
);
await client.query(
  `CREATE TEMP TABLE bench_technology AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM technology`,
);
/** What the dataset puts in each kind's own fields (SQL over the author `u`); the fields not named stay empty. */
const KIND_SAMPLES = {
  RECOMMENDATION: { addressees: "ARRAY['MEMBERS']" },
  LESSON: { context: "'What was attempted'", lesson: "'What was learnt'" },
  PILOT: { administrationId: 'u.organisation_id', startDate: "date '2019-01-01'", stage: "'ONGOING'", outcomes: "''" },
};
const emptySql = (field) => (emptyValue(field) === null ? 'NULL' : "'{}'");
const kindColumns = OWN_COLUMN_FIELDS.map((field) => field.column).join(', ');
const kindValues = OWN_COLUMN_FIELDS.map((field) => {
  const sample = KIND_SAMPLES[field.kind][field.field];
  return sample === undefined
    ? `${emptySql(field)}::${field.type}`
    : `CASE WHEN k.kind = '${field.kind}' THEN (${sample})::${field.type} ELSE ${emptySql(field)} END`;
}).join(',\n           ');

const words = [
  'ledger',
  'customs',
  'risk',
  'border',
  'pilot',
  'sensor',
  'image',
  'container',
  'declaration',
  'traveller',
  'drone',
  'printing',
  'model',
  'data',
  'seal',
  'port',
];

// Each item is tagged with 1–3 technologies; its columns carry them (item.technology_ids), and
// item_technology is filled from those columns afterwards.
for (let from = 1; from <= ITEMS; from += BATCH) {
  const to = Math.min(ITEMS, from + BATCH - 1);
  await step(
    `items ${from}–${to}`,
    `
    WITH g AS (SELECT n FROM generate_series($1::int, $2::int) n)
    INSERT INTO item (kind, reference, title, summary, body, language, status, author_id, organisation_id, source_id, country,
                      ${kindColumns}, technology_ids, created_at, updated_at, submitted_at, decided_at, status_changed_at)
    SELECT k.kind::"ItemKind",
           CASE k.kind WHEN 'RECOMMENDATION' THEN 'REC-' WHEN 'LESSON' THEN 'LES-' ELSE 'PIL-' END || (1000000 + g.n),
           initcap(($3::text[])[1 + g.n % 16]) || ' ' || ($3::text[])[1 + (g.n / 16) % 16] || ' ' || ($3::text[])[1 + (g.n / 256) % 16] || ' item ' || g.n,
           'Summary about ' || ($3::text[])[1 + (g.n / 7) % 16] || ' and ' || ($3::text[])[1 + (g.n / 11) % 16],
           'Body text on ' || ($3::text[])[1 + (g.n / 13) % 16] || ' for benchmark item ' || g.n,
           CASE WHEN g.n % 4 = 0 THEN 'fr' ELSE 'en' END::"Language",
           (ARRAY['DRAFT','SUBMITTED','IN_REVIEW','CHANGES_REQUESTED','ACCEPTED','ACCEPTED','ACCEPTED','REJECTED','WITHDRAWN'])[1 + g.n % 9]::"ItemStatus",
           u.id, u.organisation_id, s.id, 'NL',
           ${kindValues},
           ARRAY(SELECT DISTINCT t.id FROM bench_technology t WHERE t.n IN (1 + g.n % 12, 1 + (g.n / 12) % 12, 1 + (g.n / 144) % 12) ORDER BY t.id),
           ts, ts, ts + interval '1 day', ts + interval '20 days', ts + interval '1 day'
      FROM g
      CROSS JOIN LATERAL (SELECT (ARRAY['RECOMMENDATION','LESSON','PILOT'])[1 + g.n % 3] AS kind,
                                 timestamptz '2016-01-01' + (g.n * interval '4 minutes') AS ts) k
      JOIN bench_user u ON u.n = 1 + g.n % (SELECT count(*) FROM bench_user)
      JOIN bench_source s ON s.n = 1 + g.n % (SELECT count(*) FROM bench_source)`,
    [from, to, words],
  );
}
// The mirror trigger would rewrite every item with the array it already has: off for this copy.
await step(
  'item technologies (1–3 per item)',
  `
  ALTER TABLE item_technology DISABLE TRIGGER item_technology_ids_on_insert;
  INSERT INTO item_technology (item_id, technology_id)
  SELECT i.id, tagged.id FROM item i CROSS JOIN unnest(i.technology_ids) AS tagged(id) WHERE i.body LIKE 'Body text on %';
  ALTER TABLE item_technology ENABLE TRIGGER item_technology_ids_on_insert`,
);
await step(
  'events (2 per item)',
  `
  INSERT INTO item_event (item_id, action, from_status, to_status, actor_id, created_at)
  SELECT i.id, e.action::"WorkflowAction", e.from_status::"ItemStatus", e.to_status::"ItemStatus", i.author_id, i.created_at + e.delay
    FROM item i CROSS JOIN (VALUES ('submit', 'DRAFT', 'SUBMITTED', interval '1 day'), ('assign', 'SUBMITTED',
      'IN_REVIEW', interval '2 days')) e(action, from_status, to_status, delay)
   WHERE i.body LIKE 'Body text on %'`,
);
await step(
  'third edition',
  `
  INSERT INTO report_edition (label, based_on_id, updated_at)
  SELECT 'Benchmark edition', id, now() FROM report_edition WHERE label = '2019 edition' AND NOT EXISTS
    (SELECT 1 FROM report_edition WHERE label = 'Benchmark edition')`,
);
await step(
  `trace links (${TRACES})`,
  `
  WITH sections AS (SELECT row_number() OVER (ORDER BY s.id) AS n, s.id FROM report_section s JOIN report_chapter c ON c.id = s.chapter_id
                     JOIN report_edition e ON e.id = c.edition_id WHERE e.status = 'DRAFT'),
       accepted AS (SELECT row_number() OVER (ORDER BY id) AS n, id, author_id FROM item WHERE status = 'ACCEPTED' LIMIT $1)
  INSERT INTO trace_link (section_id, item_id, note, fingerprint, created_by_id)
  SELECT s.id, a.id, 'Benchmark trace', 'benchmark', a.author_id FROM accepted a JOIN sections s ON s.n = 1 + a.n % (SELECT count(*) FROM sections)
  ON CONFLICT DO NOTHING`,
  [TRACES],
);
await step('fold the tallies', 'SELECT compact_item_tallies()');
await client.query('COMMIT');
// VACUUM sets the visibility map, without which index-only scans visit the heap.
await step('vacuum and analyse', 'VACUUM ANALYZE');
await client.end();
console.log(`Dataset ready: ${ITEMS} items in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
