-- CreateTable
CREATE TABLE "import_job" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_sha256" TEXT NOT NULL,
    "file_bytes" INTEGER NOT NULL,
    "committee_id" UUID,
    "options" JSONB NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER,
    "counts" JSONB NOT NULL,
    "header_row_number" INTEGER,
    "columns" JSONB NOT NULL DEFAULT '[]',
    "missing_required" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "problem_count" INTEGER NOT NULL DEFAULT 0,
    "error_code" TEXT,
    "error_message" TEXT,
    "created_by_type" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "validated_at" TIMESTAMPTZ(3),
    "committed_at" TIMESTAMPTZ(3),
    "undone_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_file" (
    "job_id" UUID NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "import_file_pkey" PRIMARY KEY ("job_id")
);

-- CreateTable
CREATE TABLE "import_problem" (
    "id" BIGSERIAL NOT NULL,
    "job_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "column_letter" TEXT,
    "column_header" TEXT,
    "field" TEXT,
    "value" TEXT,
    "code" TEXT NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "import_problem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_record" (
    "job_id" UUID NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "version_after" INTEGER NOT NULL,

    CONSTRAINT "import_record_pkey" PRIMARY KEY ("job_id","entity_type","entity_id")
);

-- CreateTable
CREATE TABLE "import_mapping" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_mapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_job_created_at_id_idx" ON "import_job"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "import_job_created_by_id_created_at_idx" ON "import_job"("created_by_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "import_job_status_idx" ON "import_job"("status");

-- CreateIndex
CREATE INDEX "import_problem_job_id_row_number_idx" ON "import_problem"("job_id", "row_number");

-- CreateIndex
CREATE UNIQUE INDEX "import_mapping_created_by_id_type_name_key" ON "import_mapping"("created_by_id", "type", "name");

-- AddForeignKey
ALTER TABLE "import_file" ADD CONSTRAINT "import_file_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_problem" ADD CONSTRAINT "import_problem_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_record" ADD CONSTRAINT "import_record_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- Time-ordered ids (UUID version 7) for rows that set-based SQL creates (the importer inserts
-- thousands of residents, places and households per statement). PostgreSQL 18 has uuidv7();
-- this works on the older servers the system also supports. A v4 UUID with the first 48 bits
-- replaced by the Unix time in milliseconds, and the version nibble set from 4 to 7.
-- @see https://www.rfc-editor.org/rfc/rfc9562#name-uuid-version-7
CREATE FUNCTION "uuid_v7"() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(
    set_bit(
      set_bit(
        overlay(uuid_send(gen_random_uuid())
          PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
          FROM 1 FOR 6),
        52, 1),
      53, 1),
    'hex')::uuid
$$;

-- Undo asks, per record, whether a later job touched it too.
CREATE INDEX "import_record_entity_idx" ON "import_record" ("entity_type", "entity_id");
