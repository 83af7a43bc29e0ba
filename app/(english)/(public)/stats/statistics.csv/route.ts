import { apiHandler } from "@/lib/api/handler";
import { getStatistics } from "@/lib/stats/data";
import { statisticsCsv } from "@/lib/stats/export";

// GET /stats/statistics.csv: the numbers of /stats, one row per count, for spreadsheets.
export const GET = apiHandler(async () => {
  const statistics = await getStatistics();
  const day = statistics.computedAt.toISOString().slice(0, 10);
  return new Response(statisticsCsv(statistics), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="scanaware-statistics-${day}.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
});
