-- The transparency score of each published version, per rubric version (lib/score/rubric.ts).
-- Computed in TypeScript (lib/score/score.ts) when a version is published, and at start-up for
-- versions shown to the public that lack a score under the current rubric (a new rubric version,
-- a restored backup, versions published before this migration).

-- CreateTable
CREATE TABLE "disclosure_score" (
    "version_id" UUID NOT NULL,
    "rubric_version" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "earned" DECIMAL NOT NULL,
    "possible" DECIMAL NOT NULL,
    "items" JSONB NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "disclosure_score_pkey" PRIMARY KEY ("version_id","rubric_version")
);

-- AddForeignKey
ALTER TABLE "disclosure_score" ADD CONSTRAINT "disclosure_score_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "disclosure_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "disclosure_score" ADD CONSTRAINT "disclosure_score_score_range" CHECK ("score" BETWEEN 0 AND 100);
