-- AlterTable
ALTER TABLE "import_job" ADD COLUMN     "file_purged_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "import_file" ADD COLUMN     "encrypted" BOOLEAN NOT NULL DEFAULT false;
