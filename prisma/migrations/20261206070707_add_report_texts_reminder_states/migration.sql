-- CreateTable
CREATE TABLE "annual_report_text" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "scope_key" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" UUID,
    "author_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annual_report_text_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_state" (
    "id" UUID NOT NULL,
    "reminder_key" TEXT NOT NULL,
    "committee_id" UUID,
    "state" TEXT NOT NULL,
    "snoozed_until" DATE,
    "reason" TEXT,
    "actor_id" UUID,
    "actor_name" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reminder_state_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "annual_report_text_year_scope_key_section_version_key" ON "annual_report_text"("year", "scope_key", "section", "version");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_state_reminder_key_key" ON "reminder_state"("reminder_key");

-- CreateIndex
CREATE INDEX "reminder_state_committee_id_idx" ON "reminder_state"("committee_id");
