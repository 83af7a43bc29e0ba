import { apiHandler } from "@/lib/api/handler";
import { cachedJson } from "@/lib/api/http";
import { pageBody } from "@/lib/api/page";
import { changesQuery, readQuery } from "@/lib/api/params";
import { presentChange } from "@/lib/api/present";
import { invalidParams } from "@/lib/api/problem";
import { listChanges } from "@/lib/changes/data";
import { env } from "@/lib/env";

// GET /api/v1/changes?since=<id>: what changed, oldest first — facilities added, disclosures
// published, corrected or withdrawn. Keep the last id and ask again with it.
export const GET = apiHandler(async (request: Request) => {
  const query = readQuery(changesQuery, new URL(request.url).searchParams);
  if (query.errors) return invalidParams(query.errors);
  const { since, state, facility, limit } = query.data;
  const { changes, more } = await listChanges({ state, facilityId: facility }, since ? BigInt(since) : null, limit);
  const next = more ? String(changes.at(-1)!.id) : undefined;
  // Fresh changes matter to followers: a short cache.
  return cachedJson(
    request,
    pageBody(
      request,
      changes.map((change) => presentChange(env().APP_URL, change)),
      next,
      "since",
    ),
    {
      cacheControl: "public, max-age=10",
    },
  );
});
