-- AlterTable
ALTER TABLE "import_job" ADD COLUMN     "warning_count" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "import_problem" ADD COLUMN     "severity" TEXT NOT NULL DEFAULT 'error';
