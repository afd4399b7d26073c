-- Written by hand: the triggers that keep item.technology_ids and the tallies cost a create more
-- than the create itself (SPEC §6: POST /items), because each built and planned a statement on
-- every call. They now do only the work a statement calls for.

-- 1. The technology_ids mirror: static SQL, whose plan PostgreSQL keeps, and only items whose
--    mirror changes are written. A create sets it in its INSERT already; rewriting an unchanged
--    item would rewrite every index of the row, the search vectors' among them.
CREATE OR REPLACE FUNCTION item_technology_ids_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := ARRAY(SELECT DISTINCT item_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    touched := ARRAY(SELECT DISTINCT item_id FROM old_rows);
  ELSE
    touched := ARRAY(SELECT item_id FROM old_rows UNION SELECT item_id FROM new_rows);
  END IF;
  UPDATE item i
     SET technology_ids = mirror.ids
    FROM (SELECT t.id, coalesce((SELECT array_agg(it.technology_id ORDER BY it.technology_id) FROM item_technology it WHERE it.item_id = t.id), '{}') AS ids
            FROM unnest(touched) AS t(id)) mirror
   WHERE i.id = mirror.id AND i.technology_ids IS DISTINCT FROM mirror.ids;
  RETURN NULL;
END $$;

-- 2. The tallies never count drafts: a statement that touched drafts only (every create, every
--    edit of a draft) has nothing to count, and returns before the tallies' statement is built.
CREATE OR REPLACE FUNCTION item_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counted text := 'technology_ids, kind, status, source_id, country, stage, submitted_at, decided_at';
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM new_rows WHERE status <> 'DRAFT') THEN RETURN NULL; END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM old_rows WHERE status <> 'DRAFT') THEN RETURN NULL; END IF;
  ELSIF NOT EXISTS (SELECT 1 FROM old_rows WHERE status <> 'DRAFT') AND NOT EXISTS (SELECT 1 FROM new_rows WHERE status <> 'DRAFT') THEN
    RETURN NULL;
  END IF;
  EXECUTE item_tally_statement(CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %s, 1 AS sign FROM new_rows', counted)
    WHEN 'DELETE' THEN format('SELECT %s, -1 AS sign FROM old_rows', counted)
    ELSE format('SELECT %1$s, -1 AS sign FROM old_rows UNION ALL SELECT %1$s, 1 FROM new_rows', counted) END, false);
  RETURN NULL;
END $$;
