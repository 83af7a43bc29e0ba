-- Each facility's current transparency score on its own row, so sorting 100,000 facilities by score
-- walks an index instead of joining every score. lib/score/data.ts writes it with each publication
-- or withdrawal and, at start-up, for a new rubric version or a restored database.

-- AlterTable
ALTER TABLE "facility" ADD COLUMN "score" INTEGER;

-- The order search uses for sort=score (lib/facilities/data.ts): best first, unscored last, by name.
CREATE INDEX "facility_score_sort_idx" ON "facility" ("score" DESC NULLS LAST, lower("name"), "id");
