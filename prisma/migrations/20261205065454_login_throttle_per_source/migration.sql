-- AlterTable
-- Existing counters were kept per name across every address: they become the '*' rows.
ALTER TABLE "login_throttle" DROP CONSTRAINT "login_throttle_pkey",
ADD COLUMN     "source" TEXT NOT NULL DEFAULT '*',
ADD CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("username", "source");
ALTER TABLE "login_throttle" ALTER COLUMN "source" DROP DEFAULT;
