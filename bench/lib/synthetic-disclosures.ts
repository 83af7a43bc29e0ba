import type pg from "pg";
import { sampleDisclosure } from "@/lib/disclosures/sample";

// Published disclosures for the synthetic facilities that say they have disclosed (disclosed_at
// set): a first version a month earlier, for a third of them a second one, and a few of those
// hidden by a moderator, as the registry would hold after a while. Each facility's privacy contact
// carries its name, so rows differ, and the facts patients filter on vary from one facility to the
// next (where the first AI tool runs and what it reads, opt-out). The triggers build the public
// rows, as publishing does.

const VARIED_CONTENT = `
  jsonb_set(jsonb_set(jsonb_set(jsonb_set($2::jsonb,
    '{practices,privacyContact,value}', to_jsonb('Privacy Office, ' || name)),
    '{aiTools,0,runsWhere,value}', to_jsonb(CASE WHEN abs(hashtext(name)) % 2 = 0 THEN 'on_site' ELSE 'vendor_cloud' END)),
    '{aiTools,0,modalities,value}', CASE WHEN abs(hashtext(name)) % 4 = 0 THEN '["MG"]'::jsonb ELSE '["CT", "XR"]'::jsonb END),
    '{practices,optOut,offered,value}', to_jsonb(abs(hashtext(name)) % 3 <> 0))`;

export async function fillSyntheticDisclosures(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ filled: boolean }>("SELECT EXISTS (SELECT 1 FROM disclosure_version) AS filled");
  if (rows[0]!.filled) return;
  console.log("Publishing synthetic disclosures…");
  const { rows: users } = await client.query<{ id: string }>(
    "INSERT INTO app_user (id, email, name) VALUES (gen_random_uuid(), 'bench-publisher@scanaware.invalid', 'Benchmark publisher') RETURNING id",
  );
  const insert = (number: number, publishedAt: string, where: string) =>
    client.query(
      `INSERT INTO disclosure_version (id, facility_id, number, schema_version, content, published_at, published_by_id, attester_name, attester_title, attestation_statement)
       SELECT gen_random_uuid(), id, ${number}, $1, ${VARIED_CONTENT},
              ${publishedAt}, $3, 'Dana Reyes', 'Director of Imaging', 'I attest that this disclosure is accurate.'
       FROM facility WHERE disclosed_at IS NOT NULL ${where}`,
      [sampleDisclosure.schemaVersion, JSON.stringify(sampleDisclosure), users[0]!.id],
    );
  await insert(1, "disclosed_at - interval '30 days'", "");
  await insert(2, "disclosed_at", "AND abs(hashtext(id::text)) % 3 = 0");
  await client.query(
    "UPDATE disclosure_version SET hidden_at = published_at + interval '1 day', hidden_reason = 'It named a patient.' WHERE number = 2 AND abs(hashtext(id::text)) % 20 = 0",
  );
  await client.query("VACUUM ANALYZE disclosure_version, public_disclosure, public_ai_tool");
}
