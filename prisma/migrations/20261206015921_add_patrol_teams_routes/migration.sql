-- CreateTable
CREATE TABLE "patrol_team" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "building_ids" UUID[],
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "patrol_team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_team_member" (
    "id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "resident_id" UUID,
    "user_id" UUID,
    "leader" BOOLEAN NOT NULL DEFAULT false,
    "joined_on" DATE NOT NULL,
    "left_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "patrol_team_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_route" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,

    CONSTRAINT "patrol_route_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "patrol_checkpoint" (
    "id" UUID NOT NULL,
    "route_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "building_id" UUID,
    "place" TEXT,
    "expected_minutes" INTEGER NOT NULL,
    "deviation_minutes" INTEGER NOT NULL,
    "qr_token" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "patrol_checkpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "patrol_team_committee_id_name_id_idx" ON "patrol_team"("committee_id", "name", "id");

-- CreateIndex
CREATE INDEX "patrol_team_name_id_idx" ON "patrol_team"("name", "id");

-- CreateIndex
CREATE INDEX "patrol_team_member_team_id_joined_on_idx" ON "patrol_team_member"("team_id", "joined_on");

-- CreateIndex
CREATE INDEX "patrol_team_member_resident_id_idx" ON "patrol_team_member"("resident_id");

-- CreateIndex
CREATE INDEX "patrol_team_member_user_id_idx" ON "patrol_team_member"("user_id");

-- CreateIndex
CREATE INDEX "patrol_route_committee_id_name_id_idx" ON "patrol_route"("committee_id", "name", "id");

-- CreateIndex
CREATE INDEX "patrol_route_name_id_idx" ON "patrol_route"("name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "patrol_checkpoint_qr_token_key" ON "patrol_checkpoint"("qr_token");

-- CreateIndex
CREATE INDEX "patrol_checkpoint_route_id_position_idx" ON "patrol_checkpoint"("route_id", "position");

-- CreateIndex
CREATE INDEX "patrol_checkpoint_building_id_idx" ON "patrol_checkpoint"("building_id");

-- AddForeignKey
ALTER TABLE "patrol_team" ADD CONSTRAINT "patrol_team_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_team_member" ADD CONSTRAINT "patrol_team_member_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "patrol_team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_team_member" ADD CONSTRAINT "patrol_team_member_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_team_member" ADD CONSTRAINT "patrol_team_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_route" ADD CONSTRAINT "patrol_route_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_checkpoint" ADD CONSTRAINT "patrol_checkpoint_route_id_fkey" FOREIGN KEY ("route_id") REFERENCES "patrol_route"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "patrol_checkpoint" ADD CONSTRAINT "patrol_checkpoint_building_id_fkey" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- A name is unique per committee among live teams and routes.
CREATE UNIQUE INDEX "patrol_team_committee_name_live_key" ON "patrol_team"("committee_id", "name") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "patrol_route_committee_name_live_key" ON "patrol_route"("committee_id", "name") WHERE "deleted_at" IS NULL;
-- A member is a resident or a staff account, never both nor neither; at most one current leader.
ALTER TABLE "patrol_team_member" ADD CONSTRAINT "patrol_team_member_person_check" CHECK (("resident_id" IS NULL) <> ("user_id" IS NULL));
CREATE UNIQUE INDEX "patrol_team_member_current_leader_key" ON "patrol_team_member"("team_id") WHERE "leader" AND "left_on" IS NULL;
