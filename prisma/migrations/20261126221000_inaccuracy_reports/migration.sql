-- CreateEnum
CREATE TYPE "ReportTopic" AS ENUM ('AI_USE', 'WHERE_AI_RUNS', 'DATA_SHARING', 'OPT_OUT', 'RETENTION', 'BREACHES', 'FACILITY_DETAILS', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'RESOLVED', 'DISMISSED');

-- CreateTable
CREATE TABLE "inaccuracy_report" (
    "id" UUID NOT NULL,
    "facility_id" UUID NOT NULL,
    "version_number" INTEGER,
    "topic" "ReportTopic" NOT NULL,
    "description" TEXT NOT NULL,
    "reporter_email" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "decision_note" TEXT,

    CONSTRAINT "inaccuracy_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "inaccuracy_report_status_created_at_idx" ON "inaccuracy_report"("status", "created_at");

-- CreateIndex
CREATE INDEX "inaccuracy_report_facility_id_idx" ON "inaccuracy_report"("facility_id");

-- AddForeignKey
ALTER TABLE "inaccuracy_report" ADD CONSTRAINT "inaccuracy_report_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inaccuracy_report" ADD CONSTRAINT "inaccuracy_report_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The form's limits, kept by the database too (Prisma cannot express CHECK constraints).
ALTER TABLE "inaccuracy_report" ADD CONSTRAINT "inaccuracy_report_description_length" CHECK (char_length("description") BETWEEN 10 AND 2000);
ALTER TABLE "inaccuracy_report" ADD CONSTRAINT "inaccuracy_report_decided" CHECK (("status" = 'OPEN') = ("decided_at" IS NULL));
