-- CreateTable
CREATE TABLE "patrol_plan" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "route_id" UUID,
    "days" JSONB NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT NOT NULL,
    "from_date" DATE NOT NULL,
    "to_date" DATE,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "patrol_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_roster_edit" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "plan_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "other_plan_id" UUID,
    "other_date" DATE,
    "team_id" UUID,
    "member_resident_id" UUID,
    "member_user_id" UUID,
    "reason" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "patrol_roster_edit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_log" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT,
    "team_id" UUID NOT NULL,
    "route_id" UUID,
    "plan_id" UUID,
    "weather" TEXT,
    "handover_note" TEXT,
    "source" TEXT NOT NULL,
    "written" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "patrol_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_log_member" (
    "id" UUID NOT NULL,
    "log_id" UUID NOT NULL,
    "resident_id" UUID,
    "user_id" UUID,
    "leader" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "patrol_log_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_incident" (
    "id" UUID NOT NULL,
    "log_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "building_id" UUID,
    "photo_ids" UUID[],
    "handling" TEXT NOT NULL,
    "handling_text" TEXT,
    "needs_follow_up" BOOLEAN NOT NULL DEFAULT false,
    "pending_registration_id" UUID,

    CONSTRAINT "patrol_incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_questioning" (
    "id" UUID NOT NULL,
    "log_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "resident_id" UUID,
    "name" TEXT,
    "id_number_cipher" BYTEA,
    "id_number_masked" TEXT,
    "description" TEXT,
    "grounds" TEXT[],
    "outcome" TEXT NOT NULL,
    "building_id" UUID,
    "photo_ids" UUID[],
    "handling_text" TEXT,
    "needs_follow_up" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "patrol_questioning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_checkpoint_visit" (
    "id" UUID NOT NULL,
    "log_id" UUID NOT NULL,
    "checkpoint_id" UUID NOT NULL,
    "scanned_at" TIMESTAMPTZ(3) NOT NULL,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "accuracy" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "patrol_checkpoint_visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_follow_up" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "log_id" UUID NOT NULL,
    "incident_id" UUID,
    "questioning_id" UUID,
    "owner_id" UUID NOT NULL,
    "opened_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "closed_on" DATE,
    "note" TEXT,
    "closing_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "patrol_follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_photo" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "patrol_photo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "patrol_plan_committee_id_from_date_id_idx" ON "patrol_plan"("committee_id", "from_date", "id");

-- CreateIndex
CREATE INDEX "patrol_plan_from_date_id_idx" ON "patrol_plan"("from_date", "id");

-- CreateIndex
CREATE INDEX "patrol_plan_team_id_idx" ON "patrol_plan"("team_id");

-- CreateIndex
CREATE INDEX "patrol_plan_route_id_idx" ON "patrol_plan"("route_id");

-- CreateIndex
CREATE INDEX "patrol_roster_edit_plan_id_date_idx" ON "patrol_roster_edit"("plan_id", "date");

-- CreateIndex
CREATE INDEX "patrol_roster_edit_other_plan_id_other_date_idx" ON "patrol_roster_edit"("other_plan_id", "other_date");

-- CreateIndex
CREATE INDEX "patrol_roster_edit_committee_id_date_idx" ON "patrol_roster_edit"("committee_id", "date");

-- CreateIndex
CREATE INDEX "patrol_log_committee_id_date_id_idx" ON "patrol_log"("committee_id", "date", "id");

-- CreateIndex
CREATE INDEX "patrol_log_date_id_idx" ON "patrol_log"("date", "id");

-- CreateIndex
CREATE INDEX "patrol_log_team_id_date_idx" ON "patrol_log"("team_id", "date");

-- CreateIndex
CREATE INDEX "patrol_log_plan_id_date_idx" ON "patrol_log"("plan_id", "date");

-- CreateIndex
CREATE INDEX "patrol_log_route_id_idx" ON "patrol_log"("route_id");

-- CreateIndex
CREATE INDEX "patrol_log_member_log_id_position_idx" ON "patrol_log_member"("log_id", "position");

-- CreateIndex
CREATE INDEX "patrol_log_member_resident_id_idx" ON "patrol_log_member"("resident_id");

-- CreateIndex
CREATE INDEX "patrol_log_member_user_id_idx" ON "patrol_log_member"("user_id");

-- CreateIndex
CREATE INDEX "patrol_incident_log_id_position_idx" ON "patrol_incident"("log_id", "position");

-- CreateIndex
CREATE INDEX "patrol_incident_type_idx" ON "patrol_incident"("type");

-- CreateIndex
CREATE INDEX "patrol_questioning_log_id_position_idx" ON "patrol_questioning"("log_id", "position");

-- CreateIndex
CREATE INDEX "patrol_questioning_resident_id_idx" ON "patrol_questioning"("resident_id");

-- CreateIndex
CREATE INDEX "patrol_checkpoint_visit_log_id_scanned_at_idx" ON "patrol_checkpoint_visit"("log_id", "scanned_at");

-- CreateIndex
CREATE INDEX "patrol_checkpoint_visit_checkpoint_id_idx" ON "patrol_checkpoint_visit"("checkpoint_id");

-- CreateIndex
CREATE INDEX "patrol_follow_up_committee_id_due_on_id_idx" ON "patrol_follow_up"("committee_id", "due_on", "id");

-- CreateIndex
CREATE INDEX "patrol_follow_up_due_on_id_idx" ON "patrol_follow_up"("due_on", "id");

-- CreateIndex
CREATE INDEX "patrol_follow_up_log_id_idx" ON "patrol_follow_up"("log_id");

-- CreateIndex
CREATE INDEX "patrol_follow_up_owner_id_closed_on_idx" ON "patrol_follow_up"("owner_id", "closed_on");

-- CreateIndex
CREATE INDEX "patrol_follow_up_incident_id_idx" ON "patrol_follow_up"("incident_id");

-- CreateIndex
CREATE INDEX "patrol_follow_up_questioning_id_idx" ON "patrol_follow_up"("questioning_id");

-- CreateIndex
CREATE INDEX "patrol_photo_committee_id_created_at_idx" ON "patrol_photo"("committee_id", "created_at");

-- AddForeignKey
ALTER TABLE "patrol_plan" ADD CONSTRAINT "patrol_plan_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_plan" ADD CONSTRAINT "patrol_plan_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "patrol_team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_plan" ADD CONSTRAINT "patrol_plan_route_id_fkey" FOREIGN KEY ("route_id") REFERENCES "patrol_route"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_roster_edit" ADD CONSTRAINT "patrol_roster_edit_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_roster_edit" ADD CONSTRAINT "patrol_roster_edit_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "patrol_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_roster_edit" ADD CONSTRAINT "patrol_roster_edit_other_plan_id_fkey" FOREIGN KEY ("other_plan_id") REFERENCES "patrol_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_roster_edit" ADD CONSTRAINT "patrol_roster_edit_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "patrol_team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_roster_edit" ADD CONSTRAINT "patrol_roster_edit_member_resident_id_fkey" FOREIGN KEY ("member_resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_roster_edit" ADD CONSTRAINT "patrol_roster_edit_member_user_id_fkey" FOREIGN KEY ("member_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_log" ADD CONSTRAINT "patrol_log_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_log" ADD CONSTRAINT "patrol_log_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "patrol_team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_log" ADD CONSTRAINT "patrol_log_route_id_fkey" FOREIGN KEY ("route_id") REFERENCES "patrol_route"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_log" ADD CONSTRAINT "patrol_log_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "patrol_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_log_member" ADD CONSTRAINT "patrol_log_member_log_id_fkey" FOREIGN KEY ("log_id") REFERENCES "patrol_log"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_log_member" ADD CONSTRAINT "patrol_log_member_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_log_member" ADD CONSTRAINT "patrol_log_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_incident" ADD CONSTRAINT "patrol_incident_log_id_fkey" FOREIGN KEY ("log_id") REFERENCES "patrol_log"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_incident" ADD CONSTRAINT "patrol_incident_building_id_fkey" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_incident" ADD CONSTRAINT "patrol_incident_pending_registration_id_fkey" FOREIGN KEY ("pending_registration_id") REFERENCES "pending_registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_questioning" ADD CONSTRAINT "patrol_questioning_log_id_fkey" FOREIGN KEY ("log_id") REFERENCES "patrol_log"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_questioning" ADD CONSTRAINT "patrol_questioning_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_questioning" ADD CONSTRAINT "patrol_questioning_building_id_fkey" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_checkpoint_visit" ADD CONSTRAINT "patrol_checkpoint_visit_log_id_fkey" FOREIGN KEY ("log_id") REFERENCES "patrol_log"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_checkpoint_visit" ADD CONSTRAINT "patrol_checkpoint_visit_checkpoint_id_fkey" FOREIGN KEY ("checkpoint_id") REFERENCES "patrol_checkpoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_follow_up" ADD CONSTRAINT "patrol_follow_up_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_follow_up" ADD CONSTRAINT "patrol_follow_up_log_id_fkey" FOREIGN KEY ("log_id") REFERENCES "patrol_log"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_follow_up" ADD CONSTRAINT "patrol_follow_up_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "patrol_incident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_follow_up" ADD CONSTRAINT "patrol_follow_up_questioning_id_fkey" FOREIGN KEY ("questioning_id") REFERENCES "patrol_questioning"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_follow_up" ADD CONSTRAINT "patrol_follow_up_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_photo" ADD CONSTRAINT "patrol_photo_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what the schema language cannot say.
-- A person on patrol is a resident or a staff account, never both or neither.
ALTER TABLE "patrol_log_member" ADD CONSTRAINT "patrol_log_member_person_check" CHECK (("resident_id" IS NULL) <> ("user_id" IS NULL));
CREATE UNIQUE INDEX "patrol_log_member_leader_key" ON "patrol_log_member"("log_id") WHERE "leader";
-- One log fulfils a roster entry (plan, service date).
CREATE UNIQUE INDEX "patrol_log_plan_date_live_key" ON "patrol_log"("plan_id", "date") WHERE "plan_id" IS NOT NULL AND "deleted_at" IS NULL;
-- A follow-up is of exactly one finding: an incident or a 盘查.
ALTER TABLE "patrol_follow_up" ADD CONSTRAINT "patrol_follow_up_finding_check" CHECK (("incident_id" IS NULL) <> ("questioning_id" IS NULL));
ALTER TABLE "patrol_roster_edit" ADD CONSTRAINT "patrol_roster_edit_member_check" CHECK (NOT ("member_resident_id" IS NOT NULL AND "member_user_id" IS NOT NULL));
