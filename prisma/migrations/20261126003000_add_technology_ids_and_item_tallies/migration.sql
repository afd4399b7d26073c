-- Written by hand: the statement-level triggers below keep two denormalisations exact inside
-- every writing transaction, so that browse and facets stay fast at a million items (SPEC §6).

-- 1. item.technology_ids mirrors item_technology: the list filters and shows technologies from
--    the row itself instead of a lookup per row.
ALTER TABLE "item" ADD COLUMN "technology_ids" UUID[] DEFAULT ARRAY[]::UUID[];

UPDATE item i SET technology_ids = t.ids
  FROM (SELECT item_id, array_agg(technology_id ORDER BY technology_id) AS ids FROM item_technology GROUP BY item_id) t
 WHERE t.item_id = i.id;

CREATE FUNCTION item_technology_ids_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT item_id FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT item_id FROM old_rows'
    ELSE 'SELECT item_id FROM old_rows UNION SELECT item_id FROM new_rows' END;
BEGIN
  EXECUTE format($sql$
    UPDATE item i
       SET technology_ids = coalesce((SELECT array_agg(it.technology_id ORDER BY it.technology_id) FROM item_technology it WHERE it.item_id = i.id), '{}')
     WHERE i.id IN (%s)$sql$, touched);
  RETURN NULL;
END $$;

CREATE TRIGGER item_technology_ids_on_insert AFTER INSERT ON item_technology
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_technology_ids_sync();
CREATE TRIGGER item_technology_ids_on_update AFTER UPDATE ON item_technology
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_technology_ids_sync();
CREATE TRIGGER item_technology_ids_on_delete AFTER DELETE ON item_technology
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_technology_ids_sync();

-- The list's most common shape (a status, a technology, newest first) read from the index alone:
-- the technologies and the author (for visibility) travel in the index.
DROP INDEX "item_status_updated_at_id_idx";
CREATE INDEX "item_status_updated_idx" ON "item" ("status", "updated_at" DESC, "id" DESC) INCLUDE ("technology_ids", "author_id");

-- 2. Tallies: how many non-draft items there are per kind, status and source body (and per
--    technology). Facets and stats read these few thousand rows instead of counting a million
--    items; drafts are visible to their authors only, so they are counted live. Writers only
--    append signed deltas (no row is updated, so concurrent transitions never wait on each
--    other); compact_item_tallies() folds the deltas from time to time.
CREATE TABLE "item_tally" (
    "id" BIGSERIAL NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "status" "ItemStatus" NOT NULL,
    "source_id" UUID NOT NULL,
    "items" INTEGER NOT NULL,

    CONSTRAINT "item_tally_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "item_technology_tally" (
    "id" BIGSERIAL NOT NULL,
    "technology_id" UUID NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "status" "ItemStatus" NOT NULL,
    "source_id" UUID NOT NULL,
    "items" INTEGER NOT NULL,

    CONSTRAINT "item_technology_tally_pkey" PRIMARY KEY ("id")
);

INSERT INTO item_tally (kind, status, source_id, items)
SELECT kind, status, source_id, count(*) FROM item WHERE status <> 'DRAFT' GROUP BY 1, 2, 3;
INSERT INTO item_technology_tally (technology_id, kind, status, source_id, items)
SELECT t, kind, status, source_id, count(*) FROM item, unnest(technology_ids) t WHERE status <> 'DRAFT' GROUP BY 1, 2, 3, 4;

CREATE FUNCTION item_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT kind, status, source_id, technology_ids, 1 AS sign FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT kind, status, source_id, technology_ids, -1 AS sign FROM old_rows'
    ELSE 'SELECT kind, status, source_id, technology_ids, -1 AS sign FROM old_rows
          UNION ALL SELECT kind, status, source_id, technology_ids, 1 FROM new_rows' END;
BEGIN
  -- An update that changes none of the counted columns cancels out and appends nothing.
  EXECUTE format($sql$
    WITH changes AS (SELECT * FROM (%s) c WHERE c.status <> 'DRAFT'),
         per_item AS (
           INSERT INTO item_tally (kind, status, source_id, items)
           SELECT kind, status, source_id, sum(sign) FROM changes GROUP BY 1, 2, 3 HAVING sum(sign) <> 0)
    INSERT INTO item_technology_tally (technology_id, kind, status, source_id, items)
    SELECT t, kind, status, source_id, sum(sign) FROM changes, unnest(technology_ids) t GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0$sql$, changes);
  RETURN NULL;
END $$;

CREATE TRIGGER item_tally_on_insert AFTER INSERT ON item
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_tally_apply();
CREATE TRIGGER item_tally_on_update AFTER UPDATE ON item
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION item_tally_apply();
CREATE TRIGGER item_tally_on_delete AFTER DELETE ON item
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION item_tally_apply();

-- Folds each tally's deltas into one row per key. Deltas that other transactions have not
-- committed yet are not seen by the DELETE and stay for the next run, so counts stay exact.
CREATE FUNCTION compact_item_tallies() RETURNS void LANGUAGE sql AS $$
  WITH gone AS (DELETE FROM item_tally RETURNING kind, status, source_id, items)
  INSERT INTO item_tally (kind, status, source_id, items)
  SELECT kind, status, source_id, sum(items) FROM gone GROUP BY 1, 2, 3 HAVING sum(items) <> 0;
  WITH gone AS (DELETE FROM item_technology_tally RETURNING technology_id, kind, status, source_id, items)
  INSERT INTO item_technology_tally (technology_id, kind, status, source_id, items)
  SELECT technology_id, kind, status, source_id, sum(items) FROM gone GROUP BY 1, 2, 3, 4 HAVING sum(items) <> 0;
$$;

-- 3. The title's own search vector, in the item's language: searches rank items whose title has
--    every word first (relevance tier 1) and need to tell them apart from an index.
ALTER TABLE "item" ADD COLUMN "title_search" tsvector GENERATED ALWAYS AS (
    CASE WHEN "language" = 'fr' THEN to_tsvector('public.french_unaccent', "title")
         ELSE to_tsvector('public.english_unaccent', "title") END
) STORED;
CREATE INDEX "item_title_search_idx" ON "item" USING gin ("title_search");
