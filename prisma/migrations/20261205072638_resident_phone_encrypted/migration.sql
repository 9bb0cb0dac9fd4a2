-- DropIndex
DROP INDEX "resident_phone_idx";

-- AlterTable
-- Phones already stored keep their value in phone_legacy until the API encrypts them at start
-- (encryptLegacyPhones): only the application holds the key.
ALTER TABLE "resident" RENAME COLUMN "phone" TO "phone_legacy";
ALTER TABLE "resident" ADD COLUMN     "phone_cipher" BYTEA,
ADD COLUMN     "phone_hash" TEXT,
ADD COLUMN     "phone_last4" TEXT,
ADD COLUMN     "phone_masked" TEXT;

-- CreateIndex
CREATE INDEX "resident_phone_hash_idx" ON "resident"("phone_hash");

-- CreateIndex
CREATE INDEX "resident_phone_last4_idx" ON "resident"("phone_last4");
