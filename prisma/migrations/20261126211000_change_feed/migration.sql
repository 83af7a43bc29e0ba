
-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('FACILITY_ADDED', 'DISCLOSURE_PUBLISHED', 'DISCLOSURE_CORRECTED', 'DISCLOSURE_WITHDRAWN');

-- CreateTable
CREATE TABLE "change_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "ChangeKind" NOT NULL,
    "facility_id" UUID NOT NULL,
    "version_number" INTEGER,

    CONSTRAINT "change_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "change_event_facility_id_id_idx" ON "change_event"("facility_id", "id");

-- AddForeignKey
ALTER TABLE "change_event" ADD CONSTRAINT "change_event_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Events are numbered in commit order: every writer takes the same transaction-scoped lock before
-- drawing an id, so no event ever becomes visible behind one a follower has already read.
-- Sample facilities are not news. A restore (which sets scanaware.restoring) brings the events
-- back from the backup instead of making new ones.
CREATE FUNCTION record_change(change "ChangeKind", subject uuid, version integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('scanaware.restoring', true) = 'on' OR (SELECT f.is_sample FROM facility f WHERE f.id = subject) THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('change_event'));
  INSERT INTO change_event (kind, facility_id, version_number) VALUES (change, subject, version);
END;
$$;

CREATE FUNCTION facility_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_change('FACILITY_ADDED', NEW.id, NULL);
  RETURN NULL;
END;
$$;

CREATE TRIGGER facility_change
  AFTER INSERT ON "facility"
  FOR EACH ROW EXECUTE FUNCTION facility_record_change();

CREATE FUNCTION disclosure_version_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM record_change(CASE NEW.kind WHEN 'CORRECTION' THEN 'DISCLOSURE_CORRECTED'::"ChangeKind" ELSE 'DISCLOSURE_PUBLISHED'::"ChangeKind" END,
      NEW.facility_id, NEW.number);
  ELSIF OLD.hidden_at IS NULL AND NEW.hidden_at IS NOT NULL THEN
    PERFORM record_change('DISCLOSURE_WITHDRAWN', NEW.facility_id, NEW.number);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER disclosure_version_change
  AFTER INSERT OR UPDATE OF hidden_at ON "disclosure_version"
  FOR EACH ROW EXECUTE FUNCTION disclosure_version_record_change();

-- What happened before the feed existed, oldest first.
INSERT INTO change_event (at, kind, facility_id, version_number)
SELECT at, kind, facility_id, version_number FROM (
  SELECT created_at AS at, 'FACILITY_ADDED'::"ChangeKind" AS kind, id AS facility_id, NULL::integer AS version_number, 0 AS step
    FROM facility WHERE NOT is_sample
  UNION ALL
  SELECT v.published_at, CASE v.kind WHEN 'CORRECTION' THEN 'DISCLOSURE_CORRECTED'::"ChangeKind" ELSE 'DISCLOSURE_PUBLISHED'::"ChangeKind" END,
         v.facility_id, v.number, 1
    FROM disclosure_version v JOIN facility f ON f.id = v.facility_id WHERE NOT f.is_sample
  UNION ALL
  SELECT v.hidden_at, 'DISCLOSURE_WITHDRAWN', v.facility_id, v.number, 2
    FROM disclosure_version v JOIN facility f ON f.id = v.facility_id WHERE NOT f.is_sample AND v.hidden_at IS NOT NULL
) AS past
ORDER BY at, step, facility_id, version_number;
