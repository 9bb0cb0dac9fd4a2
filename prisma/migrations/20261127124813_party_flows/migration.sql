-- CreateTable
CREATE TABLE "party_flow" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "destination" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "card_number" TEXT,
    "left_on" DATE NOT NULL,
    "returned_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "party_flow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "party_flow_member_id_idx" ON "party_flow"("member_id");

-- AddForeignKey
ALTER TABLE "party_flow" ADD CONSTRAINT "party_flow_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "party_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- One open flow (away, not back) per member at a time.
CREATE UNIQUE INDEX "party_flow_open_key" ON "party_flow" ("member_id") WHERE "returned_on" IS NULL;
