-- Text search: a full-text vector of the normalised search text, and a dictionary of the words
-- facilities contain, against which typos in a search are corrected (trigram similarity).
-- Both are kept by triggers, whoever writes facilities (import, registration, edits).

-- DropIndex
DROP INDEX "facility_search_text_trgm_idx";

-- AlterTable
ALTER TABLE "facility" ADD COLUMN "search_vector" tsvector;

-- CreateIndex. fastupdate off: a registry is read far more than written, and GIN's pending
-- list (on by default) makes every search scan the rows written since the last vacuum.
CREATE INDEX "facility_search_vector_idx" ON "facility" USING GIN ("search_vector") WITH (fastupdate = off);

-- Listing by name walks this index instead of sorting every match.
CREATE INDEX "facility_name_sort_idx" ON "facility" (lower("name"));

-- CreateTable
CREATE TABLE "facility_word" (
    "word" TEXT NOT NULL,

    CONSTRAINT "facility_word_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "facility_word_trgm_idx" ON "facility_word" USING GIN ("word" gin_trgm_ops) WITH (fastupdate = off);

CREATE FUNCTION "facility_index_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := to_tsvector('simple', NEW."search_text");
  RETURN NEW;
END
$$;

CREATE TRIGGER "facility_index_search_text" BEFORE INSERT OR UPDATE OF "search_text" ON "facility"
FOR EACH ROW EXECUTE FUNCTION "facility_index_search_text"();

CREATE FUNCTION "facility_remember_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "facility_word" ("word")
  SELECT DISTINCT word FROM unnest(string_to_array(NEW."search_text", ' ')) AS word WHERE word <> ''
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$;

CREATE TRIGGER "facility_remember_words" AFTER INSERT OR UPDATE OF "search_text" ON "facility"
FOR EACH ROW EXECUTE FUNCTION "facility_remember_words"();

UPDATE "facility" SET "search_vector" = to_tsvector('simple', "search_text");

INSERT INTO "facility_word" ("word")
SELECT DISTINCT word FROM "facility", unnest(string_to_array("search_text", ' ')) AS word WHERE word <> ''
ON CONFLICT DO NOTHING;
