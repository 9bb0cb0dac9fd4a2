-- CreateTable
CREATE TABLE "assistance_case" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "household_id" UUID,
    "kind" TEXT NOT NULL,
    "procedure" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "description" TEXT,
    "amount_fen" INTEGER NOT NULL,
    "in_kind_description" TEXT,
    "applied_on" DATE NOT NULL,
    "helped_on" DATE,
    "paperwork_due_on" DATE,
    "stage" TEXT NOT NULL,
    "approved_on" DATE,
    "approved_by" TEXT,
    "approved_by_id" UUID,
    "paid_on" DATE,
    "paid_by" TEXT,
    "refused_on" DATE,
    "refused_by" TEXT,
    "refusal_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "assistance_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assistance_fund" (
    "committee_id" UUID NOT NULL,
    "balance_fen" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assistance_fund_pkey" PRIMARY KEY ("committee_id")
);

-- CreateTable
CREATE TABLE "assistance_fund_entry" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "on" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "fen" INTEGER NOT NULL,
    "case_id" UUID,
    "note" TEXT,
    "recorded_by_id" UUID,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assistance_fund_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assistance_case_committee_id_applied_on_id_idx" ON "assistance_case"("committee_id", "applied_on", "id");

-- CreateIndex
CREATE INDEX "assistance_case_applied_on_id_idx" ON "assistance_case"("applied_on", "id");

-- CreateIndex
CREATE INDEX "assistance_case_resident_id_idx" ON "assistance_case"("resident_id");

-- CreateIndex
CREATE INDEX "assistance_fund_entry_committee_id_on_idx" ON "assistance_fund_entry"("committee_id", "on");

-- CreateIndex
CREATE INDEX "assistance_fund_entry_case_id_idx" ON "assistance_fund_entry"("case_id");

-- AddForeignKey
ALTER TABLE "assistance_case" ADD CONSTRAINT "assistance_case_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_case" ADD CONSTRAINT "assistance_case_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_case" ADD CONSTRAINT "assistance_case_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_fund" ADD CONSTRAINT "assistance_fund_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_fund_entry" ADD CONSTRAINT "assistance_fund_entry_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_fund_entry" ADD CONSTRAINT "assistance_fund_entry_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "assistance_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The petty fund never goes below zero, whatever writes to it (the pay step also checks inside
-- its transaction with a conditional UPDATE that takes the row's lock).
ALTER TABLE "assistance_fund" ADD CONSTRAINT "assistance_fund_balance_nonnegative" CHECK ("balance_fen" >= 0);
-- A deposit is positive and a payment negative, and a payment names its case.
ALTER TABLE "assistance_fund_entry" ADD CONSTRAINT "assistance_fund_entry_sign" CHECK (
  ("kind" = 'deposit' AND "fen" > 0 AND "case_id" IS NULL) OR ("kind" = 'payment' AND "fen" < 0 AND "case_id" IS NOT NULL)
);
-- A case is paid once.
CREATE UNIQUE INDEX "assistance_fund_entry_one_payment" ON "assistance_fund_entry" ("case_id") WHERE "kind" = 'payment';
