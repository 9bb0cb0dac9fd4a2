-- CreateEnum
CREATE TYPE "SubsidyStage" AS ENUM ('applied', 'investigated', 'deliberated', 'publicizing', 'street_reviewed', 'in_payment', 'suspended', 'stopped', 'refused');

-- CreateEnum
CREATE TYPE "SubsidyClassification" AS ENUM ('stable', 'changing');

-- CreateEnum
CREATE TYPE "HardshipReason" AS ENUM ('unemployed', 'illness', 'disability', 'unable_to_work', 'elderly', 'education', 'other');

-- CreateTable
CREATE TABLE "subsidy_case" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "household_id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "applied_on" DATE NOT NULL,
    "stage" "SubsidyStage" NOT NULL DEFAULT 'applied',
    "stage_entered_on" DATE NOT NULL,
    "hardship_reason" "HardshipReason" NOT NULL,
    "classification" "SubsidyClassification" NOT NULL DEFAULT 'stable',
    "assets" TEXT,
    "declaration_received_on" DATE,
    "materials" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "certificate_number" TEXT,
    "bank_name" TEXT,
    "bank_account_cipher" BYTEA,
    "bank_account_last4" TEXT,
    "public_notice_starts_on" DATE,
    "approved_on" DATE,
    "last_reviewed_on" DATE,
    "reported_change_on" DATE,
    "adjustment_fen" INTEGER NOT NULL DEFAULT 0,
    "adjustment_reason" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "subsidy_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_case_member" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "covered" BOOLEAN NOT NULL DEFAULT true,
    "wage_fen" INTEGER NOT NULL DEFAULT 0,
    "business_fen" INTEGER NOT NULL DEFAULT 0,
    "property_fen" INTEGER NOT NULL DEFAULT 0,
    "transfer_fen" INTEGER NOT NULL DEFAULT 0,
    "other_fen" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "subsidy_case_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_case_event" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "step" TEXT NOT NULL,
    "on" DATE NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "recorded_by_id" UUID,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_case_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_amount_period" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "from_month" CHAR(7) NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_amount_period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_standard" (
    "id" UUID NOT NULL,
    "effective_month" CHAR(7) NOT NULL,
    "standard_fen" INTEGER NOT NULL,
    "floor_fen" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,

    CONSTRAINT "subsidy_standard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "subsidy_case_committee_id_applied_on_id_idx" ON "subsidy_case"("committee_id", "applied_on", "id");

-- CreateIndex
CREATE INDEX "subsidy_case_applied_on_id_idx" ON "subsidy_case"("applied_on", "id");

-- CreateIndex
CREATE INDEX "subsidy_case_household_id_idx" ON "subsidy_case"("household_id");

-- CreateIndex
CREATE INDEX "subsidy_case_stage_idx" ON "subsidy_case"("stage");

-- CreateIndex
CREATE INDEX "subsidy_case_member_resident_id_idx" ON "subsidy_case_member"("resident_id");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_case_member_case_id_resident_id_key" ON "subsidy_case_member"("case_id", "resident_id");

-- CreateIndex
CREATE INDEX "subsidy_case_event_case_id_on_idx" ON "subsidy_case_event"("case_id", "on");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_amount_period_case_id_from_month_key" ON "subsidy_amount_period"("case_id", "from_month");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_standard_effective_month_key" ON "subsidy_standard"("effective_month");

-- AddForeignKey
ALTER TABLE "subsidy_case" ADD CONSTRAINT "subsidy_case_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_case" ADD CONSTRAINT "subsidy_case_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_case" ADD CONSTRAINT "subsidy_case_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_case_member" ADD CONSTRAINT "subsidy_case_member_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "subsidy_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_case_member" ADD CONSTRAINT "subsidy_case_member_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_case_event" ADD CONSTRAINT "subsidy_case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "subsidy_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_amount_period" ADD CONSTRAINT "subsidy_amount_period_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "subsidy_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Partial and check constraints Prisma's schema cannot express (kept in SQL; db-errors.ts maps them).
-- One open case per household: a new application waits until the last one is stopped or refused.
CREATE UNIQUE INDEX "subsidy_case_household_open_key" ON "subsidy_case" ("household_id") WHERE "deleted_at" IS NULL AND "stage" NOT IN ('stopped', 'refused');
ALTER TABLE "subsidy_case_member" ADD CONSTRAINT "subsidy_case_member_income_check" CHECK ("wage_fen" >= 0 AND "business_fen" >= 0 AND "property_fen" >= 0 AND "transfer_fen" >= 0 AND "other_fen" >= 0);
ALTER TABLE "subsidy_amount_period" ADD CONSTRAINT "subsidy_amount_period_amount_check" CHECK ("amount_fen" >= 0);
ALTER TABLE "subsidy_standard" ADD CONSTRAINT "subsidy_standard_amount_check" CHECK ("standard_fen" > 0 AND "floor_fen" >= 0);
