-- CreateTable
CREATE TABLE "party_organization" (
    "id" UUID NOT NULL,
    "parent_id" UUID,
    "path" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "branch_type" TEXT,
    "founded_on" DATE,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "party_organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_organization_committee" (
    "organization_id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,

    CONSTRAINT "party_organization_committee_pkey" PRIMARY KEY ("organization_id","committee_id")
);

-- CreateTable
CREATE TABLE "party_officer" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "post" TEXT NOT NULL,
    "term_start" DATE NOT NULL,
    "term_end" DATE,

    CONSTRAINT "party_officer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_member" (
    "id" UUID NOT NULL,
    "resident_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'active',
    "category" TEXT NOT NULL,
    "applied_on" DATE,
    "activist_on" DATE,
    "candidate_on" DATE,
    "joined_on" DATE NOT NULL,
    "full_membership_on" DATE,
    "probation_extended_months" INTEGER,
    "join_branch_name" TEXT,
    "introducers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "party_posts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lost_contact_on" DATE,
    "hardship" TEXT,
    "dues_category" TEXT NOT NULL DEFAULT 'employed',
    "dues_basis_fen" INTEGER,
    "dues_standard_fen" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "party_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_member_event" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "details" JSONB,
    "documents" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actor_name" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "party_member_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_transfer" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "direction" TEXT NOT NULL,
    "serial_number" TEXT NOT NULL,
    "from_organization" TEXT NOT NULL,
    "to_organization" TEXT NOT NULL,
    "dues_paid_through" TEXT,
    "issued_on" DATE NOT NULL,
    "valid_days" INTEGER NOT NULL,
    "receipt_returned_on" DATE,
    "print_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "party_transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_dues_payment" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "paid_on" DATE NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "party_dues_payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_meeting" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "minutes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "party_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_meeting_attendance" (
    "meeting_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "present" BOOLEAN NOT NULL,
    "absence_reason" TEXT,

    CONSTRAINT "party_meeting_attendance_pkey" PRIMARY KEY ("meeting_id","member_id")
);

-- CreateIndex
CREATE INDEX "party_organization_path_idx" ON "party_organization"("path");

-- CreateIndex
CREATE INDEX "party_organization_parent_id_idx" ON "party_organization"("parent_id");

-- CreateIndex
CREATE INDEX "party_organization_committee_committee_id_idx" ON "party_organization_committee"("committee_id");

-- CreateIndex
CREATE INDEX "party_officer_organization_id_idx" ON "party_officer"("organization_id");

-- CreateIndex
CREATE INDEX "party_officer_member_id_idx" ON "party_officer"("member_id");

-- CreateIndex
CREATE INDEX "party_member_organization_id_state_status_idx" ON "party_member"("organization_id", "state", "status");

-- CreateIndex
CREATE INDEX "party_member_committee_id_idx" ON "party_member"("committee_id");

-- CreateIndex
CREATE INDEX "party_member_resident_id_idx" ON "party_member"("resident_id");

-- CreateIndex
CREATE INDEX "party_member_event_member_id_occurred_on_idx" ON "party_member_event"("member_id", "occurred_on");

-- CreateIndex
CREATE INDEX "party_transfer_member_id_idx" ON "party_transfer"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "party_dues_payment_member_id_month_key" ON "party_dues_payment"("member_id", "month");

-- CreateIndex
CREATE INDEX "party_meeting_organization_id_held_on_idx" ON "party_meeting"("organization_id", "held_on");

-- CreateIndex
CREATE INDEX "party_meeting_attendance_member_id_idx" ON "party_meeting_attendance"("member_id");

-- AddForeignKey
ALTER TABLE "party_organization" ADD CONSTRAINT "party_organization_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "party_organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_organization_committee" ADD CONSTRAINT "party_organization_committee_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "party_organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_organization_committee" ADD CONSTRAINT "party_organization_committee_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_officer" ADD CONSTRAINT "party_officer_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "party_organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_officer" ADD CONSTRAINT "party_officer_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "party_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_member" ADD CONSTRAINT "party_member_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_member" ADD CONSTRAINT "party_member_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "party_organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_member_event" ADD CONSTRAINT "party_member_event_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "party_member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_transfer" ADD CONSTRAINT "party_transfer_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "party_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_dues_payment" ADD CONSTRAINT "party_dues_payment_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "party_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_meeting" ADD CONSTRAINT "party_meeting_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "party_organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_meeting_attendance" ADD CONSTRAINT "party_meeting_attendance_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "party_meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_meeting_attendance" ADD CONSTRAINT "party_meeting_attendance_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "party_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- A person is one party member: one live record per resident (a member transferred out and
-- back is the same record, reactivated).
CREATE UNIQUE INDEX "party_member_resident_live_key" ON "party_member" ("resident_id") WHERE "deleted_at" IS NULL;
-- Names are unique among the live children of one node (two 第一党支部 under one 党工委 would be
-- ambiguous in a roster import).
CREATE UNIQUE INDEX "party_organization_name_live_key" ON "party_organization" (COALESCE("parent_id", '00000000-0000-0000-0000-000000000000'::uuid), "name") WHERE "deleted_at" IS NULL;
-- Subtree queries: `path LIKE '<path>%'` on a text_pattern_ops index.
CREATE INDEX "party_organization_path_prefix_idx" ON "party_organization" ("path" text_pattern_ops) WHERE "deleted_at" IS NULL;
