-- CreateEnum
CREATE TYPE "DwellingUse" AS ENUM ('owner_occupied', 'rented', 'vacant', 'business', 'other');

-- CreateEnum
CREATE TYPE "PopulationCategory" AS ENUM ('registered', 'permanent', 'temporary', 'floating', 'separated');

-- CreateTable
CREATE TABLE "building" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "street" TEXT NOT NULL,
    "building_number" TEXT NOT NULL,
    "estate_name" TEXT,
    "grid_code" TEXT,
    "address" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "building_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "building_leader" (
    "building_id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "building_leader_pkey" PRIMARY KEY ("building_id","resident_id")
);

-- CreateTable
CREATE TABLE "dwelling" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "building_id" UUID NOT NULL,
    "unit" TEXT,
    "room" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "area" DECIMAL(8,2),
    "use" "DwellingUse" NOT NULL DEFAULT 'owner_occupied',
    "owner_resident_id" UUID,
    "owner_name" TEXT,
    "owner_id_number_cipher" BYTEA,
    "owner_id_number_masked" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "dwelling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resident" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "name_bigrams" TEXT[],
    "id_number_cipher" BYTEA NOT NULL,
    "id_number_hash" TEXT NOT NULL,
    "id_number_masked" TEXT NOT NULL,
    "id_number_last4" TEXT NOT NULL,
    "id_kind" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "ethnicity" TEXT,
    "education" TEXT,
    "political_status" TEXT,
    "marital_status" TEXT,
    "employment_status" TEXT,
    "phone" TEXT,
    "category" "PopulationCategory" NOT NULL DEFAULT 'registered',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "resident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "dwelling_id" UUID NOT NULL,
    "head_resident_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household_member" (
    "id" UUID NOT NULL,
    "household_id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "relationship" TEXT NOT NULL,
    "joined_on" DATE NOT NULL,
    "left_on" DATE,
    "left_reason" TEXT,

    CONSTRAINT "household_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household_event" (
    "id" UUID NOT NULL,
    "household_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "resident_id" UUID,
    "relationship" TEXT,
    "other_household_id" UUID,
    "reason" TEXT,
    "actor_name" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "household_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "building_committee_id_address_id_idx" ON "building"("committee_id", "address", "id");

-- CreateIndex
CREATE INDEX "building_address_id_idx" ON "building"("address", "id");

-- CreateIndex
CREATE INDEX "building_leader_resident_id_idx" ON "building_leader"("resident_id");

-- CreateIndex
CREATE INDEX "dwelling_building_id_address_id_idx" ON "dwelling"("building_id", "address", "id");

-- CreateIndex
CREATE INDEX "dwelling_committee_id_address_id_idx" ON "dwelling"("committee_id", "address", "id");

-- CreateIndex
CREATE INDEX "resident_committee_id_name_id_idx" ON "resident"("committee_id", "name", "id");

-- CreateIndex
CREATE INDEX "resident_name_id_idx" ON "resident"("name", "id");

-- CreateIndex
CREATE INDEX "resident_id_number_last4_idx" ON "resident"("id_number_last4");

-- CreateIndex
CREATE INDEX "resident_phone_idx" ON "resident"("phone");

-- CreateIndex
CREATE INDEX "household_committee_id_created_at_id_idx" ON "household"("committee_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "household_dwelling_id_idx" ON "household"("dwelling_id");

-- CreateIndex
CREATE INDEX "household_member_household_id_idx" ON "household_member"("household_id");

-- CreateIndex
CREATE INDEX "household_member_resident_id_idx" ON "household_member"("resident_id");

-- CreateIndex
CREATE INDEX "household_event_household_id_occurred_on_idx" ON "household_event"("household_id", "occurred_on");

-- AddForeignKey
ALTER TABLE "building" ADD CONSTRAINT "building_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "building_leader" ADD CONSTRAINT "building_leader_building_id_fkey" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "building_leader" ADD CONSTRAINT "building_leader_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dwelling" ADD CONSTRAINT "dwelling_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dwelling" ADD CONSTRAINT "dwelling_building_id_fkey" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dwelling" ADD CONSTRAINT "dwelling_owner_resident_id_fkey" FOREIGN KEY ("owner_resident_id") REFERENCES "resident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resident" ADD CONSTRAINT "resident_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_dwelling_id_fkey" FOREIGN KEY ("dwelling_id") REFERENCES "dwelling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_head_resident_id_fkey" FOREIGN KEY ("head_resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_event" ADD CONSTRAINT "household_event_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_event" ADD CONSTRAINT "household_event_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_event" ADD CONSTRAINT "household_event_other_household_id_fkey" FOREIGN KEY ("other_household_id") REFERENCES "household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- One ID number is one person across the whole system (among live records).
CREATE UNIQUE INDEX "resident_id_number_hash_live_key" ON "resident" ("id_number_hash") WHERE "deleted_at" IS NULL;
-- Two-character Chinese name search (pg_trgm cannot index fragments shorter than three characters).
CREATE INDEX "resident_name_bigrams_idx" ON "resident" USING GIN ("name_bigrams");
CREATE INDEX "resident_tags_idx" ON "resident" USING GIN ("tags");
-- A room exists once per building and unit.
CREATE UNIQUE INDEX "dwelling_room_live_key" ON "dwelling" ("building_id", COALESCE("unit", ''), "room") WHERE "deleted_at" IS NULL;
-- A person is a current member of at most one household.
CREATE UNIQUE INDEX "household_member_current_key" ON "household_member" ("resident_id") WHERE "left_on" IS NULL;
