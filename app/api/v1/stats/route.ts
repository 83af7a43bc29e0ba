import { apiHandler } from "@/lib/api/handler";
import { cachedJson } from "@/lib/api/http";
import { getStatistics } from "@/lib/stats/data";
import { statisticsJson } from "@/lib/stats/export";

// GET /api/v1/stats: the numbers of /stats as JSON, the same rows as its CSV. They are counted at
// most every 5 minutes, so caches may keep them that long.
export const GET = apiHandler(async (request: Request) =>
  cachedJson(request, { data: statisticsJson(await getStatistics()) }, { cacheControl: "public, max-age=300" }),
);
