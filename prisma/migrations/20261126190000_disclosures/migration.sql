
-- CreateEnum
CREATE TYPE "VersionKind" AS ENUM ('PUBLICATION', 'CORRECTION');

-- CreateTable
CREATE TABLE "disclosure_draft" (
    "facility_id" UUID NOT NULL,
    "content" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "based_on_version" INTEGER,
    "changed" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID NOT NULL,

    CONSTRAINT "disclosure_draft_pkey" PRIMARY KEY ("facility_id")
);

-- CreateTable
CREATE TABLE "disclosure_version" (
    "id" UUID NOT NULL,
    "facility_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "VersionKind" NOT NULL DEFAULT 'PUBLICATION',
    "schema_version" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_by_id" UUID NOT NULL,
    "attester_name" TEXT NOT NULL,
    "attester_title" TEXT NOT NULL,
    "attestation_statement" TEXT NOT NULL,
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_reason" TEXT,
    "hidden_by_id" UUID,

    CONSTRAINT "disclosure_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "disclosure_version_published_at_idx" ON "disclosure_version"("published_at");

-- CreateIndex
CREATE UNIQUE INDEX "disclosure_version_facility_id_number_key" ON "disclosure_version"("facility_id", "number");

-- AddForeignKey
ALTER TABLE "disclosure_draft" ADD CONSTRAINT "disclosure_draft_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_draft" ADD CONSTRAINT "disclosure_draft_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_version" ADD CONSTRAINT "disclosure_version_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_version" ADD CONSTRAINT "disclosure_version_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_version" ADD CONSTRAINT "disclosure_version_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Published words are never altered: only the hiding fields may change (a moderator hides a
-- version with a public reason), and no version is ever deleted.
CREATE FUNCTION disclosure_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'disclosure_version is immutable: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.id, NEW.facility_id, NEW.number, NEW.kind, NEW.schema_version, NEW.content, NEW.published_at, NEW.published_by_id,
      NEW.attester_name, NEW.attester_title, NEW.attestation_statement)
     IS DISTINCT FROM
     (OLD.id, OLD.facility_id, OLD.number, OLD.kind, OLD.schema_version, OLD.content, OLD.published_at, OLD.published_by_id,
      OLD.attester_name, OLD.attester_title, OLD.attestation_statement) THEN
    RAISE EXCEPTION 'disclosure_version is immutable: only hiding may change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER disclosure_version_immutable
  BEFORE UPDATE OR DELETE ON "disclosure_version"
  FOR EACH ROW EXECUTE FUNCTION disclosure_version_is_immutable();

CREATE TRIGGER disclosure_version_no_truncate
  BEFORE TRUNCATE ON "disclosure_version"
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_version_is_immutable();
