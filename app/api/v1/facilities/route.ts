import { z } from "zod";
import { decodeCursor, encodeCursor, queryKey } from "@/lib/api/cursor";
import { apiHandler } from "@/lib/api/handler";
import { cachedJson } from "@/lib/api/http";
import { pageBody } from "@/lib/api/page";
import { facilitiesQuery, readQuery } from "@/lib/api/params";
import { presentSummary } from "@/lib/api/present";
import { invalidParams, problem } from "@/lib/api/problem";
import { env } from "@/lib/env";
import { searchFacilities } from "@/lib/facilities/data";
import { readSearch } from "@/lib/facilities/search-params";

// GET /api/v1/facilities: the patients' search as JSON, with the same parameters as /facilities,
// a page size and a cursor. Like the site, a search reaches its first 1,000 matches; the bulk
// files under /data hold every facility.
export const GET = apiHandler(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const { search, errors } = readSearch(Object.fromEntries(params));
  const paging = readQuery(facilitiesQuery.pick({ limit: true, cursor: true }), params);
  const key = queryKey(params);
  const offset = paging.data?.cursor ? decodeCursor(paging.data.cursor, key, z.int().min(0).max(1_000)) : 0;
  const problems = {
    ...errors,
    ...paging.errors,
    ...(offset === null ? { cursor: "Not a cursor of this search: start again without it" } : {}),
  };
  if (Object.keys(problems).length || !paging.data || offset === null) return invalidParams(problems);

  const limit = paging.data.limit;
  const outcome = await searchFacilities({ ...search, window: { offset, limit } });
  if (outcome.kind === "unknown-zip") {
    return problem(400, "Unknown ZIP code", `No location is known for ZIP code ${outcome.zip}`, [
      { name: "near", reason: "Unknown ZIP code" },
    ]);
  }
  const end = offset + outcome.facilities.length;
  const next = end < outcome.total && outcome.facilities.length === limit ? encodeCursor(end, key) : undefined;
  const data = outcome.facilities.map((facility) => presentSummary(env().APP_URL, facility));
  return cachedJson(request, {
    ...pageBody(request, data, next),
    total: outcome.total,
    totalIsCapped: outcome.capped,
    distanceUnit: search.near ? search.unit : null,
  });
});
