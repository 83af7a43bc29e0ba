import { facilityFromPath } from "@/lib/api/facility-param";
import { apiHandler } from "@/lib/api/handler";
import { cachedJson, newest } from "@/lib/api/http";
import { presentVersionSummary } from "@/lib/api/present";
import { listVersions } from "@/lib/disclosures/data-versions";
import { env } from "@/lib/env";

// GET /api/v1/facilities/{id}/versions: every published version, newest first; withdrawn ones
// are listed with when and why.
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const facility = await facilityFromPath((await params).id);
  if (facility instanceof Response) return facility;
  const versions = await listVersions(facility.id);
  return cachedJson(
    request,
    { data: versions.map((version) => presentVersionSummary(env().APP_URL, facility.id, version)) },
    { lastModified: newest(versions.flatMap((version) => [version.publishedAt, version.hiddenAt])) },
  );
});
