-- CreateTable
CREATE TABLE "pairing" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "helper_name" TEXT NOT NULL,
    "helper_member_id" UUID,
    "case_id" UUID,
    "beneficiary_id" UUID,
    "started_on" DATE NOT NULL,
    "ended_on" DATE,
    "goals" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "pairing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pairing_visit" (
    "id" UUID NOT NULL,
    "pairing_id" UUID NOT NULL,
    "on" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "recorded_by_id" UUID,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pairing_visit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pairing_committee_id_started_on_id_idx" ON "pairing"("committee_id", "started_on", "id");

-- CreateIndex
CREATE INDEX "pairing_started_on_id_idx" ON "pairing"("started_on", "id");

-- CreateIndex
CREATE INDEX "pairing_case_id_idx" ON "pairing"("case_id");

-- CreateIndex
CREATE INDEX "pairing_visit_pairing_id_on_idx" ON "pairing_visit"("pairing_id", "on");

-- AddForeignKey
ALTER TABLE "pairing" ADD CONSTRAINT "pairing_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing" ADD CONSTRAINT "pairing_helper_member_id_fkey" FOREIGN KEY ("helper_member_id") REFERENCES "party_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing" ADD CONSTRAINT "pairing_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "subsidy_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing" ADD CONSTRAINT "pairing_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing_visit" ADD CONSTRAINT "pairing_visit_pairing_id_fkey" FOREIGN KEY ("pairing_id") REFERENCES "pairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
