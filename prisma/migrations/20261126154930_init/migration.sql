-- CreateEnum
CREATE TYPE "FacilityKind" AS ENUM ('HOSPITAL', 'IMAGING_CENTER', 'MOBILE_UNIT', 'OTHER');

-- CreateEnum
CREATE TYPE "FacilitySource" AS ENUM ('CMS_IMPORT', 'SELF_REGISTERED', 'MODERATOR');

-- CreateEnum
CREATE TYPE "LocationPrecision" AS ENUM ('ADDRESS', 'ZIP_CENTROID');

-- CreateTable
CREATE TABLE "facility" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "FacilityKind" NOT NULL,
    "ccn" CHAR(6),
    "npi" CHAR(10),
    "address" TEXT,
    "city" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL,
    "zip" CHAR(5),
    "county" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "ownership" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "location_precision" "LocationPrecision",
    "source" "FacilitySource" NOT NULL,
    "is_sample" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "facility_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "facility_slug_key" ON "facility"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "facility_ccn_key" ON "facility"("ccn");

-- CreateIndex
CREATE UNIQUE INDEX "facility_npi_key" ON "facility"("npi");

-- CreateIndex
CREATE INDEX "facility_state_idx" ON "facility"("state");
