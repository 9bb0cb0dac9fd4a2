-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- Name search (QUALITY.md §3 "Chinese names"): a side table of (bigram, name) per live resident,
-- kept by triggers on resident, so every writer (API, seed, importer, the bench's COPY) keeps it
-- right. A 2-character fragment's first page in name order is then a btree range read (bench
-- scratch: 0.3–0.9 ms) instead of every GIN match fetched and sorted (8–16 ms). No Prisma model:
-- only the triggers write it and only the residents read model (residents.read.ts) reads it.
--
-- Names sort in pinyin order (ICU "zh-x-icu"; deterministic, so ties fall back to code point and
-- (name, id) stays a total order for keyset paging): here and in the list indexes at the end.

-- The pairs of nameBigrams() in name-bigrams.ts: whitespace removed, each pair once; none for a
-- name under two characters (a 1-character q is a name prefix, not a bigram lookup).
CREATE FUNCTION "resident_name_bigrams"("name" text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(s, i, 2)), '{}')
  FROM (SELECT regexp_replace("name", '\s+', '', 'g') AS s) t, generate_series(1, char_length(s) - 1) i
$$;

-- No foreign key: the DELETE trigger removes a resident's rows, and an RI check per bigram
-- would double the cost of a bulk load.
CREATE TABLE "resident_name_bigram" (
  "bigram" text NOT NULL,
  "committee_id" uuid NOT NULL,
  "name" text COLLATE "zh-x-icu" NOT NULL,
  "resident_id" uuid NOT NULL
);

INSERT INTO "resident_name_bigram" ("bigram", "committee_id", "name", "resident_id")
SELECT b, r."committee_id", r."name", r."id"
FROM "resident" r, unnest("resident_name_bigrams"(r."name")) b
WHERE r."deleted_at" IS NULL;

-- A search over every committee reads one bigram's first rows in name order; committee_id is
-- included so a scoped search over several committees filters inside the index.
CREATE INDEX "resident_name_bigram_name_idx" ON "resident_name_bigram" ("bigram", "name", "resident_id") INCLUDE ("committee_id");
-- A search and its count inside one committee.
CREATE INDEX "resident_name_bigram_committee_idx" ON "resident_name_bigram" ("bigram", "committee_id", "name", "resident_id");
-- Removing one resident's rows on a rename, a move, a soft or hard delete.
CREATE INDEX "resident_name_bigram_resident_idx" ON "resident_name_bigram" ("resident_id");

-- Statement-level triggers with transition tables: a COPY or a multi-row INSERT writes the side
-- table with one INSERT … SELECT instead of one per row.
CREATE FUNCTION "resident_name_bigram_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "resident_name_bigram" ("bigram", "committee_id", "name", "resident_id")
  SELECT b, n."committee_id", n."name", n."id"
  FROM "new_rows" n, unnest("resident_name_bigrams"(n."name")) b
  WHERE n."deleted_at" IS NULL;
  RETURN NULL;
END $$;

-- An UPDATE trigger with transition tables cannot list columns (UPDATE OF), so it compares
-- them: only rows whose name, committee or liveness changed are rewritten (a phone edit is not).
CREATE FUNCTION "resident_name_bigram_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH "changed" AS (
    SELECT n."id", n."committee_id", n."name", n."deleted_at"
    FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
    WHERE n."name" <> o."name" OR n."committee_id" <> o."committee_id"
       OR (n."deleted_at" IS NULL) <> (o."deleted_at" IS NULL)
  ), "removed" AS (
    DELETE FROM "resident_name_bigram" s USING "changed" c WHERE s."resident_id" = c."id"
  )
  INSERT INTO "resident_name_bigram" ("bigram", "committee_id", "name", "resident_id")
  SELECT b, c."committee_id", c."name", c."id"
  FROM "changed" c, unnest("resident_name_bigrams"(c."name")) b
  WHERE c."deleted_at" IS NULL;
  RETURN NULL;
END $$;

CREATE FUNCTION "resident_name_bigram_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "resident_name_bigram" s USING "old_rows" o WHERE s."resident_id" = o."id";
  RETURN NULL;
END $$;

CREATE FUNCTION "resident_name_bigram_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "resident_name_bigram";
  RETURN NULL;
END $$;

CREATE TRIGGER "resident_name_bigram_insert" AFTER INSERT ON "resident"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "resident_name_bigram_after_insert"();
CREATE TRIGGER "resident_name_bigram_update" AFTER UPDATE ON "resident"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "resident_name_bigram_after_update"();
CREATE TRIGGER "resident_name_bigram_delete" AFTER DELETE ON "resident"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "resident_name_bigram_after_delete"();
CREATE TRIGGER "resident_name_bigram_truncate" AFTER TRUNCATE ON "resident"
  FOR EACH STATEMENT EXECUTE FUNCTION "resident_name_bigram_after_truncate"();

-- The list's name order in pinyin: the live-resident list indexes of 20261127110155, collated.
DROP INDEX "resident_committee_name_live_idx";
DROP INDEX "resident_name_live_idx";
CREATE INDEX "resident_committee_name_live_idx" ON "resident" ("committee_id", "name" COLLATE "zh-x-icu", "id") WHERE "deleted_at" IS NULL;
CREATE INDEX "resident_name_live_idx" ON "resident" ("name" COLLATE "zh-x-icu", "id") WHERE "deleted_at" IS NULL;
