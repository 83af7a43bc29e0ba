-- Trigram matching for typo-tolerant facility search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "facility_state_idx";

-- AlterTable
ALTER TABLE "facility" ADD COLUMN     "disclosed_at" TIMESTAMPTZ(3),
ADD COLUMN     "edited_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

ALTER TABLE "facility" ALTER COLUMN "search_text" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "facility_state_kind_idx" ON "facility"("state", "kind");

-- CreateIndex
CREATE INDEX "facility_latitude_longitude_idx" ON "facility"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "facility_search_text_trgm_idx" ON "facility" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "facility_updated_at_idx" ON "facility"("updated_at");
