import { apiHandler } from "@/lib/api/handler";
import { invalidParams, problem } from "@/lib/api/problem";
import { searchFacilities } from "@/lib/facilities/data";
import { readSearch } from "@/lib/facilities/search-params";

// GET /api/v1/facilities: the patients' search as JSON, with the same parameters as /facilities.
export const GET = apiHandler(async (request: Request) => {
  const { search, errors } = readSearch(Object.fromEntries(new URL(request.url).searchParams));
  if (Object.keys(errors).length) return invalidParams(errors);
  const outcome = await searchFacilities(search);
  if (outcome.kind === "unknown-zip") {
    return problem(400, "Unknown ZIP code", `No location is known for ZIP code ${outcome.zip}`, [
      { name: "near", reason: "Unknown ZIP code" },
    ]);
  }
  return Response.json(
    {
      data: outcome.facilities,
      page: search.page,
      pageCount: outcome.pageCount,
      total: outcome.total,
      totalIsCapped: outcome.capped,
      distanceUnit: search.near ? search.unit : null,
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
});
