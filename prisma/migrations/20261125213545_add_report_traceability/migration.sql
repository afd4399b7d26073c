-- AlterTable
ALTER TABLE "report_chapter" ADD COLUMN     "base_chapter_id" UUID;

-- AlterTable
ALTER TABLE "report_section" ADD COLUMN     "base_section_id" UUID;

-- CreateTable
CREATE TABLE "trace_link" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "section_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "fingerprint" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trace_link_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "trace_link_item_id_idx" ON "trace_link"("item_id");

-- CreateIndex
CREATE UNIQUE INDEX "trace_link_section_id_item_id_key" ON "trace_link"("section_id", "item_id");

-- AddForeignKey
ALTER TABLE "trace_link" ADD CONSTRAINT "trace_link_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "report_section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trace_link" ADD CONSTRAINT "trace_link_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trace_link" ADD CONSTRAINT "trace_link_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
