-- AlterTable
ALTER TABLE "household_event" ADD COLUMN     "previous_relationship" TEXT;
