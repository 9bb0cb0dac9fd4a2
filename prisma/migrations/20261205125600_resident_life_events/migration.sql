-- CreateEnum
CREATE TYPE "ResidentStatus" AS ENUM ('active', 'moved_out', 'deceased', 'missing', 'enlisted', 'imprisoned');

-- AlterTable
ALTER TABLE "resident" ADD COLUMN     "status" "ResidentStatus" NOT NULL DEFAULT 'active';

-- CreateTable
CREATE TABLE "resident_event" (
    "id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "status_before" "ResidentStatus" NOT NULL,
    "status_after" "ResidentStatus" NOT NULL,
    "destination" TEXT,
    "reason" TEXT,
    "document_number" TEXT,
    "household_id" UUID,
    "relationship" TEXT,
    "corrects_event_id" UUID,
    "actor_id" UUID,
    "actor_name" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resident_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "resident_event_resident_id_occurred_on_idx" ON "resident_event"("resident_id", "occurred_on");

-- AddForeignKey
ALTER TABLE "resident_event" ADD CONSTRAINT "resident_event_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resident_event" ADD CONSTRAINT "resident_event_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- The list's default filter is status = 'active' (the current population). The live list
-- indexes carry the status as an INCLUDE column rather than in their WHERE: a committee's count
-- stays an index-only scan for every status filter (在册, 已迁出, 全部), not only the default,
-- and the name order and keyset pages use the same index as before.
DROP INDEX "resident_committee_name_live_idx";
DROP INDEX "resident_name_live_idx";
CREATE INDEX "resident_committee_name_live_idx" ON "resident" ("committee_id", "name" COLLATE "zh-x-icu", "id") INCLUDE ("status") WHERE "deleted_at" IS NULL;
CREATE INDEX "resident_name_live_idx" ON "resident" ("name" COLLATE "zh-x-icu", "id") INCLUDE ("status") WHERE "deleted_at" IS NULL;
-- A correction points at the event it takes back (at most one correction each).
CREATE UNIQUE INDEX "resident_event_corrects_key" ON "resident_event" ("corrects_event_id") WHERE "corrects_event_id" IS NOT NULL;
