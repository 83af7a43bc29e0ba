import { z } from "zod";
import { apiHandler } from "@/lib/api/handler";
import { invalidParams, problem } from "@/lib/api/problem";
import { getFacilityById } from "@/lib/facilities/data";

// GET /api/v1/facilities/{id}: one facility by its stable public id (a UUID).
export const GET = apiHandler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return invalidParams({ id: "Expected a facility id (a UUID)" });
  const facility = await getFacilityById(id);
  if (!facility) return problem(404, "Not found", `No facility has the id ${id}`);
  return Response.json({ data: facility }, { headers: { "Cache-Control": "public, max-age=60" } });
});
