-- CreateTable
CREATE TABLE "co_building_unit" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "party_branch_name" TEXT,
    "contact_name" TEXT,
    "contact_phone" TEXT,
    "address" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "co_building_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "co_building_agreement" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "signed_on" DATE NOT NULL,
    "term_end" DATE,
    "commitments" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "co_building_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "co_building_activity" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "co_building_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_evaluation" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "grade" TEXT NOT NULL,
    "title" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "party_evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "co_building_unit_name_id_idx" ON "co_building_unit"("name", "id");

-- CreateIndex
CREATE INDEX "co_building_agreement_unit_id_idx" ON "co_building_agreement"("unit_id");

-- CreateIndex
CREATE INDEX "co_building_activity_agreement_id_held_on_idx" ON "co_building_activity"("agreement_id", "held_on");

-- CreateIndex
CREATE INDEX "party_evaluation_year_idx" ON "party_evaluation"("year");

-- CreateIndex
CREATE UNIQUE INDEX "party_evaluation_member_id_year_key" ON "party_evaluation"("member_id", "year");

-- AddForeignKey
ALTER TABLE "co_building_agreement" ADD CONSTRAINT "co_building_agreement_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "co_building_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "co_building_activity" ADD CONSTRAINT "co_building_activity_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "co_building_agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_evaluation" ADD CONSTRAINT "party_evaluation_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "party_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
