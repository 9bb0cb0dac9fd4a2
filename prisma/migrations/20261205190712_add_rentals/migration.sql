-- CreateEnum
CREATE TYPE "Residence" AS ENUM ('here', 'elsewhere');

-- CreateEnum
CREATE TYPE "RentalUse" AS ENUM ('residential', 'business', 'production', 'storage', 'other');

-- CreateEnum
CREATE TYPE "ResidenceReason" AS ENUM ('work', 'business', 'study', 'family', 'other');

-- CreateEnum
CREATE TYPE "LodgingKind" AS ENUM ('rented', 'with_household', 'dormitory');

-- CreateEnum
CREATE TYPE "PendingSource" AS ENUM ('inspection', 'building_leader', 'landlord', 'other');

-- CreateEnum
CREATE TYPE "PendingState" AS ENUM ('pending', 'registered', 'cleared');

-- AlterTable
ALTER TABLE "resident" ADD COLUMN     "residence" "Residence" NOT NULL DEFAULT 'here';

-- CreateTable
CREATE TABLE "rental_property" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "dwelling_id" UUID NOT NULL,
    "landlord_resident_id" UUID NOT NULL,
    "agent_resident_id" UUID,
    "use" "RentalUse" NOT NULL DEFAULT 'residential',
    "rooms" INTEGER,
    "area" DECIMAL(8,2),
    "allowed_occupants" INTEGER,
    "duties" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "duties_confirmed_on" DATE,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "rental_property_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rental_contract" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "property_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "signed_on" DATE NOT NULL,
    "lease_starts_on" DATE NOT NULL,
    "lease_ends_on" DATE NOT NULL,
    "monthly_rent" DECIMAL(10,2),
    "cancelled_on" DATE,
    "cancel_reason" TEXT,
    "renews_id" UUID,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "rental_contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rental_inspection" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "property_id" UUID NOT NULL,
    "inspected_on" DATE NOT NULL,
    "inspectors" TEXT[],
    "items" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "findings" TEXT,
    "occupant_count" INTEGER,
    "allowed_occupants" INTEGER,
    "rectification_due_on" DATE,
    "rectified_on" DATE,
    "rectification_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "rental_inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "temporary_resident" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "lodging" "LodgingKind" NOT NULL DEFAULT 'rented',
    "property_id" UUID,
    "dwelling_id" UUID NOT NULL,
    "contract_id" UUID,
    "household_region_code" TEXT,
    "household_region" TEXT,
    "household_province" TEXT,
    "reason" "ResidenceReason" NOT NULL,
    "employer" TEXT,
    "moved_in_on" DATE NOT NULL,
    "registration_deadline" DATE NOT NULL,
    "declared_on" DATE,
    "left_on" DATE,
    "leave_reason" TEXT,
    "permit_number" TEXT,
    "permit_issued_on" DATE,
    "permit_last_endorsed_on" DATE,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "temporary_resident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "temporary_resident_event" (
    "id" UUID NOT NULL,
    "temporary_resident_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "on" DATE NOT NULL,
    "from_dwelling_id" UUID,
    "to_dwelling_id" UUID,
    "note" TEXT,
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "temporary_resident_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pending_registration" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "property_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "source" "PendingSource" NOT NULL,
    "reported_by" TEXT,
    "reported_on" DATE NOT NULL,
    "inspection_id" UUID,
    "state" "PendingState" NOT NULL DEFAULT 'pending',
    "resolved_on" DATE,
    "temporary_resident_id" UUID,
    "clear_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "pending_registration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rental_property_committee_id_created_at_id_idx" ON "rental_property"("committee_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "rental_property_created_at_id_idx" ON "rental_property"("created_at", "id");

-- CreateIndex
CREATE INDEX "rental_property_landlord_resident_id_idx" ON "rental_property"("landlord_resident_id");

-- CreateIndex
CREATE INDEX "rental_property_agent_resident_id_idx" ON "rental_property"("agent_resident_id");

-- CreateIndex
CREATE UNIQUE INDEX "rental_contract_renews_id_key" ON "rental_contract"("renews_id");

-- CreateIndex
CREATE INDEX "rental_contract_committee_id_lease_ends_on_id_idx" ON "rental_contract"("committee_id", "lease_ends_on", "id");

-- CreateIndex
CREATE INDEX "rental_contract_lease_ends_on_id_idx" ON "rental_contract"("lease_ends_on", "id");

-- CreateIndex
CREATE INDEX "rental_contract_property_id_signed_on_idx" ON "rental_contract"("property_id", "signed_on");

-- CreateIndex
CREATE INDEX "rental_inspection_committee_id_inspected_on_id_idx" ON "rental_inspection"("committee_id", "inspected_on", "id");

-- CreateIndex
CREATE INDEX "rental_inspection_inspected_on_id_idx" ON "rental_inspection"("inspected_on", "id");

-- CreateIndex
CREATE INDEX "rental_inspection_property_id_inspected_on_idx" ON "rental_inspection"("property_id", "inspected_on");

-- CreateIndex
CREATE INDEX "temporary_resident_committee_id_moved_in_on_id_idx" ON "temporary_resident"("committee_id", "moved_in_on", "id");

-- CreateIndex
CREATE INDEX "temporary_resident_moved_in_on_id_idx" ON "temporary_resident"("moved_in_on", "id");

-- CreateIndex
CREATE INDEX "temporary_resident_property_id_idx" ON "temporary_resident"("property_id");

-- CreateIndex
CREATE INDEX "temporary_resident_resident_id_idx" ON "temporary_resident"("resident_id");

-- CreateIndex
CREATE INDEX "temporary_resident_event_temporary_resident_id_on_idx" ON "temporary_resident_event"("temporary_resident_id", "on");

-- CreateIndex
CREATE INDEX "pending_registration_committee_id_reported_on_id_idx" ON "pending_registration"("committee_id", "reported_on", "id");

-- CreateIndex
CREATE INDEX "pending_registration_reported_on_id_idx" ON "pending_registration"("reported_on", "id");

-- CreateIndex
CREATE INDEX "pending_registration_property_id_idx" ON "pending_registration"("property_id");

-- AddForeignKey
ALTER TABLE "rental_property" ADD CONSTRAINT "rental_property_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rental_property" ADD CONSTRAINT "rental_property_dwelling_id_fkey" FOREIGN KEY ("dwelling_id") REFERENCES "dwelling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rental_property" ADD CONSTRAINT "rental_property_landlord_resident_id_fkey" FOREIGN KEY ("landlord_resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rental_property" ADD CONSTRAINT "rental_property_agent_resident_id_fkey" FOREIGN KEY ("agent_resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rental_contract" ADD CONSTRAINT "rental_contract_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rental_contract" ADD CONSTRAINT "rental_contract_property_id_fkey" FOREIGN KEY ("property_id") REFERENCES "rental_property"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rental_contract" ADD CONSTRAINT "rental_contract_renews_id_fkey" FOREIGN KEY ("renews_id") REFERENCES "rental_contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rental_inspection" ADD CONSTRAINT "rental_inspection_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rental_inspection" ADD CONSTRAINT "rental_inspection_property_id_fkey" FOREIGN KEY ("property_id") REFERENCES "rental_property"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "temporary_resident" ADD CONSTRAINT "temporary_resident_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "temporary_resident" ADD CONSTRAINT "temporary_resident_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "temporary_resident" ADD CONSTRAINT "temporary_resident_property_id_fkey" FOREIGN KEY ("property_id") REFERENCES "rental_property"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "temporary_resident" ADD CONSTRAINT "temporary_resident_dwelling_id_fkey" FOREIGN KEY ("dwelling_id") REFERENCES "dwelling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "temporary_resident" ADD CONSTRAINT "temporary_resident_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "rental_contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "temporary_resident_event" ADD CONSTRAINT "temporary_resident_event_temporary_resident_id_fkey" FOREIGN KEY ("temporary_resident_id") REFERENCES "temporary_resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pending_registration" ADD CONSTRAINT "pending_registration_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pending_registration" ADD CONSTRAINT "pending_registration_property_id_fkey" FOREIGN KEY ("property_id") REFERENCES "rental_property"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pending_registration" ADD CONSTRAINT "pending_registration_inspection_id_fkey" FOREIGN KEY ("inspection_id") REFERENCES "rental_inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pending_registration" ADD CONSTRAINT "pending_registration_temporary_resident_id_fkey" FOREIGN KEY ("temporary_resident_id") REFERENCES "temporary_resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- Every population read keeps residence = 'here' (ARCHITECTURE.md, People in ledgers): the live
-- list indexes INCLUDE it beside the status, so a committee's count stays an index-only scan.
DROP INDEX "resident_committee_name_live_idx";
DROP INDEX "resident_name_live_idx";
CREATE INDEX "resident_committee_name_live_idx" ON "resident" ("committee_id", "name" COLLATE "zh-x-icu", "id") INCLUDE ("status", "residence") WHERE "deleted_at" IS NULL;
CREATE INDEX "resident_name_live_idx" ON "resident" ("name" COLLATE "zh-x-icu", "id") INCLUDE ("status", "residence") WHERE "deleted_at" IS NULL;
-- One live rental registration per dwelling; contract numbers unique among live contracts.
CREATE UNIQUE INDEX "rental_property_dwelling_live_key" ON "rental_property" ("dwelling_id") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "rental_contract_number_live_key" ON "rental_contract" ("number") WHERE "deleted_at" IS NULL;
-- One current temporary-residence registration per person.
CREATE UNIQUE INDEX "temporary_resident_current_key" ON "temporary_resident" ("resident_id") WHERE "deleted_at" IS NULL AND "left_on" IS NULL;
