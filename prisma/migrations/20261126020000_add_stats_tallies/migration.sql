-- Written by hand: three more tallies, so that the stats (issue 7) read a few thousand rows
-- instead of every item, like the facets do:
--   item_technology_set_tally  non-draft items per technology set, kind and status. Keyed by the
--                              whole set, it gives the co-occurrence of technologies and counts
--                              per technology without counting an item twice.
--   item_month_tally           submissions and acceptances per month (UTC), kind and status,
--                              once over all items (technology_id NULL) and once per technology.
--   item_pilot_tally           pilot records per country and stage, the same way.
-- Writers still only append signed deltas; compact_item_tallies() folds them.

-- technology_ids is nullable only because Prisma declares its scalar lists so; the trigger
-- always writes a (possibly empty) set.
CREATE TABLE "item_technology_set_tally" (
    "id" BIGSERIAL NOT NULL,
    "technology_ids" UUID[],
    "kind" "ItemKind" NOT NULL,
    "status" "ItemStatus" NOT NULL,
    "items" INTEGER NOT NULL,

    CONSTRAINT "item_technology_set_tally_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "item_month_tally" (
    "id" BIGSERIAL NOT NULL,
    "month" DATE NOT NULL,
    "technology_id" UUID,
    "kind" "ItemKind" NOT NULL,
    "status" "ItemStatus" NOT NULL,
    "submitted" INTEGER NOT NULL,
    "accepted" INTEGER NOT NULL,

    CONSTRAINT "item_month_tally_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "item_pilot_tally" (
    "id" BIGSERIAL NOT NULL,
    "technology_id" UUID,
    "status" "ItemStatus" NOT NULL,
    "country" CHAR(2) NOT NULL,
    "stage" "PilotStage" NOT NULL,
    "items" INTEGER NOT NULL,

    CONSTRAINT "item_pilot_tally_pkey" PRIMARY KEY ("id")
);

-- The statement that turns a set of signed item rows (`changes`: the counted columns and a
-- sign) into deltas for every tally. The trigger runs it over the statement's transition tables
-- (which only the trigger function itself can read); `only_new` leaves out the two tallies that
-- already count the existing items when the migration below fills the new ones.
CREATE FUNCTION item_tally_statement(changes text, only_new boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format($sql$
    WITH changes AS (
           SELECT coalesce(c.technology_ids, '{}') AS technology_ids, c.kind, c.status, c.source_id, c.country, c.stage, c.sign,
                  date_trunc('month', c.submitted_at AT TIME ZONE 'UTC')::date AS submitted_month,
                  CASE WHEN c.status = 'ACCEPTED' THEN date_trunc('month', c.decided_at AT TIME ZONE 'UTC')::date END AS accepted_month
             FROM (%1$s) c WHERE c.status <> 'DRAFT'),
         -- Each change once for all items (NULL) and once under each of its technologies.
         tagged AS (
           SELECT c.*, t.technology_id FROM changes c
           CROSS JOIN LATERAL (SELECT NULL::uuid UNION ALL SELECT unnest(c.technology_ids)) AS t(technology_id)),
         months AS (
           SELECT technology_id, kind, status, submitted_month AS month, sign AS submitted, 0 AS accepted FROM tagged WHERE submitted_month IS NOT NULL
           UNION ALL
           SELECT technology_id, kind, status, accepted_month, 0, sign FROM tagged WHERE accepted_month IS NOT NULL),
         per_item AS (
           INSERT INTO item_tally (kind, status, source_id, items)
           SELECT kind, status, source_id, sum(sign) FROM changes WHERE NOT %2$L GROUP BY 1, 2, 3 HAVING sum(sign) <> 0),
         per_technology AS (
           INSERT INTO item_technology_tally (technology_id, kind, status, source_id, items)
           SELECT technology_id, kind, status, source_id, sum(sign) FROM tagged WHERE NOT %2$L AND technology_id IS NOT NULL
            GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0),
         per_set AS (
           INSERT INTO item_technology_set_tally (technology_ids, kind, status, items)
           SELECT technology_ids, kind, status, sum(sign) FROM changes GROUP BY 1, 2, 3 HAVING sum(sign) <> 0),
         per_month AS (
           INSERT INTO item_month_tally (month, technology_id, kind, status, submitted, accepted)
           SELECT month, technology_id, kind, status, sum(submitted), sum(accepted) FROM months
            GROUP BY 1, 2, 3, 4 HAVING sum(submitted) <> 0 OR sum(accepted) <> 0)
    INSERT INTO item_pilot_tally (technology_id, status, country, stage, items)
    SELECT technology_id, status, country, stage, sum(sign) FROM tagged
     WHERE kind = 'PILOT' AND country IS NOT NULL AND stage IS NOT NULL
     GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0$sql$, changes, only_new);
$$;

DO $$ BEGIN
  EXECUTE item_tally_statement('SELECT technology_ids, kind, status, source_id, country, stage, submitted_at, decided_at, 1 AS sign FROM item', true);
END $$;

-- An update that changes none of the counted columns cancels out and appends nothing.
CREATE OR REPLACE FUNCTION item_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counted text := 'technology_ids, kind, status, source_id, country, stage, submitted_at, decided_at';
BEGIN
  EXECUTE item_tally_statement(CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %s, 1 AS sign FROM new_rows', counted)
    WHEN 'DELETE' THEN format('SELECT %s, -1 AS sign FROM old_rows', counted)
    ELSE format('SELECT %1$s, -1 AS sign FROM old_rows UNION ALL SELECT %1$s, 1 FROM new_rows', counted) END, false);
  RETURN NULL;
END $$;

-- Folds each tally's deltas into one row per key. Deltas that other transactions have not
-- committed yet are not seen by the DELETE and stay for the next run, so counts stay exact.
CREATE OR REPLACE FUNCTION compact_item_tallies() RETURNS void LANGUAGE sql AS $$
  WITH gone AS (DELETE FROM item_tally RETURNING kind, status, source_id, items)
  INSERT INTO item_tally (kind, status, source_id, items)
  SELECT kind, status, source_id, sum(items) FROM gone GROUP BY 1, 2, 3 HAVING sum(items) <> 0;
  WITH gone AS (DELETE FROM item_technology_tally RETURNING technology_id, kind, status, source_id, items)
  INSERT INTO item_technology_tally (technology_id, kind, status, source_id, items)
  SELECT technology_id, kind, status, source_id, sum(items) FROM gone GROUP BY 1, 2, 3, 4 HAVING sum(items) <> 0;
  WITH gone AS (DELETE FROM item_technology_set_tally RETURNING technology_ids, kind, status, items)
  INSERT INTO item_technology_set_tally (technology_ids, kind, status, items)
  SELECT technology_ids, kind, status, sum(items) FROM gone GROUP BY 1, 2, 3 HAVING sum(items) <> 0;
  WITH gone AS (DELETE FROM item_month_tally RETURNING month, technology_id, kind, status, submitted, accepted)
  INSERT INTO item_month_tally (month, technology_id, kind, status, submitted, accepted)
  SELECT month, technology_id, kind, status, sum(submitted), sum(accepted) FROM gone
   GROUP BY 1, 2, 3, 4 HAVING sum(submitted) <> 0 OR sum(accepted) <> 0;
  WITH gone AS (DELETE FROM item_pilot_tally RETURNING technology_id, status, country, stage, items)
  INSERT INTO item_pilot_tally (technology_id, status, country, stage, items)
  SELECT technology_id, status, country, stage, sum(items) FROM gone GROUP BY 1, 2, 3, 4 HAVING sum(items) <> 0;
$$;
