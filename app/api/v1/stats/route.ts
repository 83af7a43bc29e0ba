import { apiHandler } from "@/lib/api/handler";
import { getStatistics } from "@/lib/stats/data";
import { statisticsJson } from "@/lib/stats/export";

// GET /api/v1/stats: the numbers of /stats as JSON, the same rows as its CSV.
export const GET = apiHandler(async () =>
  Response.json(statisticsJson(await getStatistics()), { headers: { "Cache-Control": "public, max-age=300" } }),
);
