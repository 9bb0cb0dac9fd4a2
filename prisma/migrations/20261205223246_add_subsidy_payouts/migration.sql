-- CreateEnum
CREATE TYPE "SubsidyPayoutState" AS ENUM ('draft', 'locked');

-- CreateTable
CREATE TABLE "subsidy_payout" (
    "id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "month" CHAR(7) NOT NULL,
    "state" "SubsidyPayoutState" NOT NULL DEFAULT 'draft',
    "generated_at" TIMESTAMPTZ(3) NOT NULL,
    "generated_by" TEXT NOT NULL,
    "locked_at" TIMESTAMPTZ(3),
    "locked_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subsidy_payout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_payout_line" (
    "id" UUID NOT NULL,
    "payout_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "correction_fen" INTEGER NOT NULL,
    "corrects" JSONB NOT NULL DEFAULT '[]',
    "covered_people" INTEGER NOT NULL,

    CONSTRAINT "subsidy_payout_line_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "subsidy_payout_month_idx" ON "subsidy_payout"("month");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_payout_committee_id_month_key" ON "subsidy_payout"("committee_id", "month");

-- CreateIndex
CREATE INDEX "subsidy_payout_line_case_id_idx" ON "subsidy_payout_line"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_payout_line_payout_id_case_id_key" ON "subsidy_payout_line"("payout_id", "case_id");

-- AddForeignKey
ALTER TABLE "subsidy_payout" ADD CONSTRAINT "subsidy_payout_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_payout_line" ADD CONSTRAINT "subsidy_payout_line_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "subsidy_payout"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_payout_line" ADD CONSTRAINT "subsidy_payout_line_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "subsidy_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- A locked roll never changes (issue 14): corrections go into a later month's roll. The guard is
-- in the database, as the audit log's is, so no code path (nor a hand-run statement) edits one.
CREATE FUNCTION subsidy_payout_locked_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'subsidy_payout' THEN
    IF OLD.state = 'locked' THEN
      RAISE EXCEPTION 'subsidy_payout % is locked', OLD.id USING ERRCODE = 'P0001';
    END IF;
  ELSIF EXISTS (
    SELECT 1 FROM subsidy_payout
    WHERE id IN (OLD.payout_id, NEW.payout_id) AND state = 'locked'
  ) THEN
    RAISE EXCEPTION 'subsidy_payout_line of a locked roll' USING ERRCODE = 'P0001';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER subsidy_payout_locked BEFORE UPDATE OR DELETE ON subsidy_payout
  FOR EACH ROW EXECUTE FUNCTION subsidy_payout_locked_guard();
CREATE TRIGGER subsidy_payout_line_locked BEFORE INSERT OR UPDATE OR DELETE ON subsidy_payout_line
  FOR EACH ROW EXECUTE FUNCTION subsidy_payout_locked_guard();
