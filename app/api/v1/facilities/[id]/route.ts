import { facilityFromPath } from "@/lib/api/facility-param";
import { apiHandler } from "@/lib/api/handler";
import { cachedJson } from "@/lib/api/http";
import { presentFacility } from "@/lib/api/present";
import { env } from "@/lib/env";

// GET /api/v1/facilities/{id}: one facility by its UUID, CCN or NPI, with its current disclosure's key facts.
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const facility = await facilityFromPath((await params).id);
  if (facility instanceof Response) return facility;
  return cachedJson(request, { data: presentFacility(env().APP_URL, facility) }, { lastModified: facility.updatedAt });
});
