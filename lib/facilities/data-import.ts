import "server-only";
import type pg from "pg";
import { pool } from "@/lib/db";
import type { CmsFacility } from "./cms-row";

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

// Imported columns and their unnest() types. A field in `edited_fields` keeps its edited value.
const IMPORTED = [
  ["name", "text"],
  ["address", "text"],
  ["city", "text"],
  ["state", "text"],
  ["zip", "text"],
  ["county", "text"],
  ["phone", "text"],
  ["ownership", "text"],
  ["latitude", "float8"],
  ["longitude", "float8"],
] as const;
const SEARCH_INPUTS = "ARRAY['name','city','state','zip']";

const effective = (column: string) => `CASE WHEN '${column}' = ANY(f.edited_fields) THEN f.${column} ELSE EXCLUDED.${column} END`;
const effectiveSearchText = `CASE WHEN f.edited_fields && ${SEARCH_INPUTS} THEN f.search_text ELSE EXCLUDED.search_text END`;
const effectivePrecision = `CASE WHEN f.edited_fields && ARRAY['latitude','longitude'] THEN f.location_precision ELSE EXCLUDED.location_precision END`;

const UPSERT_SQL = `
  INSERT INTO facility AS f (id, ccn, slug, ${IMPORTED.map(([c]) => c).join(", ")}, search_text, kind, source, location_precision, updated_at)
  SELECT gen_random_uuid(), input.*, 'HOSPITAL', 'CMS_IMPORT',
         CASE WHEN input.latitude IS NULL THEN NULL ELSE 'ZIP_CENTROID'::"LocationPrecision" END, now()
  FROM unnest($1::text[], $2::text[], ${IMPORTED.map(([, type], i) => `$${i + 3}::${type}[]`).join(", ")}, $${IMPORTED.length + 3}::text[])
       AS input(ccn, slug, ${IMPORTED.map(([c]) => c).join(", ")}, search_text)
  ON CONFLICT (ccn) DO UPDATE SET
    ${IMPORTED.map(([c]) => `${c} = ${effective(c)}`).join(",\n    ")},
    search_text = ${effectiveSearchText},
    location_precision = ${effectivePrecision},
    updated_at = now()
  WHERE (${IMPORTED.map(([c]) => `f.${c}`).join(", ")}, f.search_text, f.location_precision)
        IS DISTINCT FROM (${IMPORTED.map(([c]) => effective(c)).join(", ")}, ${effectiveSearchText}, ${effectivePrecision})
  RETURNING (xmax = 0) AS inserted`;

/**
 * Inserts or updates CMS facilities, keyed by CCN, in one transaction: a failed import leaves
 * the directory as it was. Rows whose values did not change are not touched (and count as
 * unchanged); concurrent imports of the same file converge on the same rows.
 */
export async function importCmsFacilities(batches: AsyncIterable<CmsFacility[]>): Promise<ImportCounts> {
  const counts: ImportCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    for await (const batch of batches) {
      if (batch.length === 0) continue;
      // Same order in every run, so that two concurrent imports lock rows in the same order.
      const rows = [...batch].sort((a, b) => a.ccn.localeCompare(b.ccn));
      const slugs = await uniqueSlugs(client, rows);
      const { rows: written } = await client.query<{ inserted: boolean }>(UPSERT_SQL, [
        rows.map((r) => r.ccn),
        slugs,
        rows.map((r) => r.name),
        rows.map((r) => r.address),
        rows.map((r) => r.city),
        rows.map((r) => r.state),
        rows.map((r) => r.zip),
        rows.map((r) => r.county),
        rows.map((r) => r.phone),
        rows.map((r) => r.ownership),
        rows.map((r) => r.location?.latitude ?? null),
        rows.map((r) => r.location?.longitude ?? null),
        rows.map((r) => r.searchText),
      ]);
      const inserted = written.filter((row) => row.inserted).length;
      counts.inserted += inserted;
      counts.updated += written.length - inserted;
      counts.unchanged += rows.length - written.length;
    }
    await client.query("COMMIT");
  } catch (error) {
    // On a lost connection ROLLBACK fails too: the error worth reporting is the first one, and
    // the broken client must not go back to the pool.
    await client.query("ROLLBACK").catch(() => {});
    client.release(error as Error);
    throw error;
  }
  client.release();
  return counts;
}

/** A facility keeps the slug it was first given; a new one whose name is taken gets its CCN appended. */
async function uniqueSlugs(client: pg.PoolClient, rows: CmsFacility[]): Promise<string[]> {
  const { rows: taken } = await client.query<{ slug: string; ccn: string | null }>(
    "SELECT slug, ccn FROM facility WHERE slug = ANY($1::text[])",
    [rows.map((row) => row.slug)],
  );
  const owner = new Map(taken.map((row) => [row.slug, row.ccn]));
  const seen = new Set<string>();
  return rows.map((row) => {
    const free = (!owner.has(row.slug) || owner.get(row.slug) === row.ccn) && !seen.has(row.slug);
    const slug = free ? row.slug : `${row.slug}-${row.ccn.toLowerCase()}`;
    seen.add(slug);
    return slug;
  });
}
