-- Hand-written: search support. unaccent makes search accent-insensitive in both working
-- languages; pg_trgm finds likely duplicates by title.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- Hand-written: one numbering per kind, so references are never reused and safe under concurrency.
CREATE SEQUENCE item_recommendation_number_seq;
CREATE SEQUENCE item_lesson_number_seq;
CREATE SEQUENCE item_pilot_number_seq;

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('RECOMMENDATION', 'LESSON', 'PILOT');

-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Addressee" AS ENUM ('MEMBERS', 'SECRETARIAT', 'PTC', 'PRIVATE_SECTOR', 'OTHER_WCO_BODIES');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "PilotStage" AS ENUM ('PLANNED', 'ONGOING', 'COMPLETED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('DERIVED_FROM', 'SUPPORTS', 'DUPLICATES', 'SUPERSEDES');

-- CreateTable
CREATE TABLE "item" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ItemKind" NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "language" "Language" NOT NULL,
    "status" "ItemStatus" NOT NULL DEFAULT 'DRAFT',
    "author_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "meeting_id" UUID,
    "document_ref" TEXT,
    "country" CHAR(2),
    "addressees" "Addressee"[],
    "priority" "Priority",
    "context" TEXT,
    "lesson" TEXT,
    "administration_id" UUID,
    "partners" TEXT[],
    "start_date" DATE,
    "end_date" DATE,
    "stage" "PilotStage",
    "outcomes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    -- Hand-written: generated from the content in the item's language (title A, summary B, body C).
    "search" tsvector GENERATED ALWAYS AS (
      CASE WHEN "language" = 'fr' THEN
        setweight(to_tsvector('public.french_unaccent', "title"), 'A') ||
        setweight(to_tsvector('public.french_unaccent', "summary"), 'B') ||
        setweight(to_tsvector('public.french_unaccent', "body"), 'C')
      ELSE
        setweight(to_tsvector('public.english_unaccent', "title"), 'A') ||
        setweight(to_tsvector('public.english_unaccent', "summary"), 'B') ||
        setweight(to_tsvector('public.english_unaccent', "body"), 'C')
      END
    ) STORED,

    CONSTRAINT "item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_technology" (
    "item_id" UUID NOT NULL,
    "technology_id" UUID NOT NULL,

    CONSTRAINT "item_technology_pkey" PRIMARY KEY ("item_id","technology_id")
);

-- CreateTable
CREATE TABLE "item_revision" (
    "item_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "editor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_revision_pkey" PRIMARY KEY ("item_id","number")
);

-- CreateTable
CREATE TABLE "item_link" (
    "from_item_id" UUID NOT NULL,
    "to_item_id" UUID NOT NULL,
    "type" "LinkType" NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_link_pkey" PRIMARY KEY ("from_item_id","to_item_id","type")
);

-- CreateTable
CREATE TABLE "idempotency_key" (
    "user_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "item_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("user_id","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "item_reference_key" ON "item"("reference");

-- CreateIndex
CREATE INDEX "item_updated_at_id_idx" ON "item"("updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "item_created_at_id_idx" ON "item"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "item_status_updated_at_id_idx" ON "item"("status", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "item_author_id_updated_at_idx" ON "item"("author_id", "updated_at" DESC);

-- CreateIndex
CREATE INDEX "item_source_id_idx" ON "item"("source_id");

-- CreateIndex
CREATE INDEX "item_meeting_id_idx" ON "item"("meeting_id");

-- CreateIndex
CREATE INDEX "item_organisation_id_idx" ON "item"("organisation_id");

-- CreateIndex
CREATE INDEX "item_country_idx" ON "item"("country");

-- CreateIndex
CREATE INDEX "item_technology_technology_id_item_id_idx" ON "item_technology"("technology_id", "item_id");

-- CreateIndex
CREATE INDEX "item_link_to_item_id_idx" ON "item_link"("to_item_id");

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source_body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_administration_id_fkey" FOREIGN KEY ("administration_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_technology" ADD CONSTRAINT "item_technology_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_technology" ADD CONSTRAINT "item_technology_technology_id_fkey" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_revision" ADD CONSTRAINT "item_revision_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_revision" ADD CONSTRAINT "item_revision_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_link" ADD CONSTRAINT "item_link_from_item_id_fkey" FOREIGN KEY ("from_item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_link" ADD CONSTRAINT "item_link_to_item_id_fkey" FOREIGN KEY ("to_item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_key" ADD CONSTRAINT "idempotency_key_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_key" ADD CONSTRAINT "idempotency_key_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "item_title_trgm_idx" ON "item" USING GIN ("title" gin_trgm_ops);

-- Hand-written: the full-text index and the title sort index (Prisma can express neither an
-- index on an Unsupported column nor a collation; the drift test lists both). A new `migrate dev` migration will propose dropping it and the generated column's
-- expression: remove those statements from the generated SQL.
CREATE INDEX "item_search_idx" ON "item" USING gin ("search");
CREATE INDEX "item_title_sort_idx" ON "item" ("title" COLLATE "und-x-icu", "id");
