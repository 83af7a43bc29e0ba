
-- CreateTable
CREATE TABLE "public_disclosure" (
    "facility_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "version_number" INTEGER NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "uses_ai" TEXT NOT NULL,
    "tool_count" INTEGER NOT NULL,
    "runs_where" TEXT[],
    "modalities" TEXT[],
    "vendor_training" TEXT[],
    "ai_training_sharing" TEXT NOT NULL,
    "opt_out_offered" TEXT NOT NULL,

    CONSTRAINT "public_disclosure_pkey" PRIMARY KEY ("facility_id")
);

-- CreateTable
CREATE TABLE "public_ai_tool" (
    "facility_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "version_id" UUID NOT NULL,
    "version_number" INTEGER NOT NULL,
    "product_name" TEXT NOT NULL,
    "product_version" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "fda_number" TEXT NOT NULL,
    "regulatory_status" TEXT NOT NULL,
    "modalities" TEXT[],
    "body_regions" TEXT[],
    "purposes" TEXT[],
    "decision_role" TEXT NOT NULL,
    "runs_where" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "data_leaving" TEXT NOT NULL,
    "business_associate_agreement" TEXT NOT NULL,
    "vendor_retention" TEXT NOT NULL,
    "vendor_training" TEXT NOT NULL,
    "local_validation" TEXT NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "public_ai_tool_pkey" PRIMARY KEY ("facility_id","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "public_disclosure_version_id_key" ON "public_disclosure"("version_id");

-- CreateIndex
CREATE INDEX "public_disclosure_runs_where_idx" ON "public_disclosure" USING GIN ("runs_where");

-- CreateIndex
CREATE INDEX "public_disclosure_modalities_idx" ON "public_disclosure" USING GIN ("modalities");

-- CreateIndex
CREATE INDEX "public_ai_tool_fda_number_idx" ON "public_ai_tool"("fda_number");

-- CreateIndex
CREATE INDEX "public_ai_tool_runs_where_idx" ON "public_ai_tool"("runs_where");

-- CreateIndex
CREATE INDEX "public_ai_tool_vendor_training_idx" ON "public_ai_tool"("vendor_training");

-- AddForeignKey
ALTER TABLE "public_disclosure" ADD CONSTRAINT "public_disclosure_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_ai_tool" ADD CONSTRAINT "public_ai_tool_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- For the vendor filter (case-insensitive exact match).
CREATE INDEX "public_ai_tool_lower_vendor_idx" ON "public_ai_tool" (lower("vendor"));

-- One disclosure answer as flat text: the value (booleans as yes/no, lists joined with ";",
-- retention as its years or "indefinite"), or the word for why it was not answered. An answer
-- missing from the version (a question added after it was published) is "not_disclosed".
-- PL/pgSQL rather than SQL: a SQL function with a sub-select cannot be inlined, and PL/pgSQL runs
-- such a call a third faster (exports call it for every answer of every row).
CREATE FUNCTION answer_text(answer jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  value jsonb := answer->'value';
BEGIN
  IF answer IS NULL OR jsonb_typeof(answer) <> 'object' THEN
    RETURN 'not_disclosed';
  ELSIF answer->>'state' <> 'answered' THEN
    RETURN answer->>'state';
  END IF;
  CASE jsonb_typeof(value)
    WHEN 'boolean' THEN RETURN CASE WHEN value::boolean THEN 'yes' ELSE 'no' END;
    WHEN 'array' THEN RETURN array_to_string(ARRAY(SELECT jsonb_array_elements_text(value)), ';');
    WHEN 'object' THEN RETURN coalesce(value->>'years', 'indefinite');
    ELSE RETURN answer->>'value';
  END CASE;
END;
$$;

-- A list answer as an array: its values, or a one-element array with the word for why not.
CREATE FUNCTION answer_array(answer jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN answer->>'state' = 'answered' AND jsonb_typeof(answer->'value') = 'array' THEN
      ARRAY(SELECT jsonb_array_elements_text(answer->'value'))
    ELSE ARRAY[answer_text(answer)]
  END
$$;

-- Rebuilds a facility's public rows from its newest visible version (none: no rows).
CREATE FUNCTION refresh_public_disclosure(subject uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  current record;
BEGIN
  DELETE FROM public_ai_tool WHERE facility_id = subject;
  DELETE FROM public_disclosure WHERE facility_id = subject;
  SELECT id, number, published_at, content INTO current
    FROM disclosure_version
   WHERE facility_id = subject AND hidden_at IS NULL
   ORDER BY number DESC
   LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  INSERT INTO public_ai_tool (facility_id, position, version_id, version_number, product_name, product_version, vendor,
      fda_number, regulatory_status, modalities, body_regions, purposes, decision_role, runs_where, region, data_leaving,
      business_associate_agreement, vendor_retention, vendor_training, local_validation, note)
    SELECT subject, t.n - 1, current.id, current.number, t.tool->>'productName', answer_text(t.tool->'version'), t.tool->>'vendor',
      answer_text(t.tool->'fdaNumber'), answer_text(t.tool->'regulatoryStatus'), answer_array(t.tool->'modalities'),
      answer_array(t.tool->'bodyRegions'), answer_array(t.tool->'purposes'), answer_text(t.tool->'decisionRole'),
      answer_text(t.tool->'runsWhere'), answer_text(t.tool->'region'), answer_text(t.tool->'dataLeaving'),
      answer_text(t.tool->'businessAssociateAgreement'), answer_text(t.tool->'vendorRetention'),
      answer_text(t.tool->'vendorTraining'), answer_text(t.tool->'localValidation'), coalesce(t.tool->>'note', '')
    FROM jsonb_array_elements(current.content->'aiTools') WITH ORDINALITY AS t(tool, n);
  INSERT INTO public_disclosure (facility_id, version_id, version_number, published_at, uses_ai, tool_count, runs_where,
      modalities, vendor_training, ai_training_sharing, opt_out_offered)
    VALUES (subject, current.id, current.number, current.published_at,
      answer_text(current.content#>'{practices,usesAi}'),
      (SELECT count(*) FROM public_ai_tool WHERE facility_id = subject),
      ARRAY(SELECT DISTINCT runs_where FROM public_ai_tool WHERE facility_id = subject ORDER BY 1),
      ARRAY(SELECT DISTINCT m FROM public_ai_tool, unnest(modalities) AS m WHERE facility_id = subject ORDER BY 1),
      ARRAY(SELECT DISTINCT vendor_training FROM public_ai_tool WHERE facility_id = subject ORDER BY 1),
      answer_text(current.content#>'{practices,sharing,aiTraining}'),
      answer_text(current.content#>'{practices,optOut,offered}'));
END;
$$;

CREATE FUNCTION disclosure_version_refresh_public() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_public_disclosure(NEW.facility_id);
  RETURN NULL;
END;
$$;

-- Publishing inserts a version; hiding sets hidden_at. Both change what the public reads.
CREATE TRIGGER disclosure_version_public
  AFTER INSERT OR UPDATE OF hidden_at ON "disclosure_version"
  FOR EACH ROW EXECUTE FUNCTION disclosure_version_refresh_public();

-- Versions published before this migration.
SELECT refresh_public_disclosure(facility_id) FROM (SELECT DISTINCT facility_id FROM disclosure_version) AS published;
