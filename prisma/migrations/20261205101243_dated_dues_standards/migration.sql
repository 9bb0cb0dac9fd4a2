-- AlterTable
ALTER TABLE "party_member" ADD COLUMN     "dues_settled_through" TEXT;

-- CreateTable
CREATE TABLE "party_dues_standard" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "from_month" TEXT NOT NULL,
    "amount_fen" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "party_dues_standard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "party_dues_standard_member_id_from_month_key" ON "party_dues_standard"("member_id", "from_month");

-- AddForeignKey
ALTER TABLE "party_dues_standard" ADD CONSTRAINT "party_dues_standard_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "party_member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
