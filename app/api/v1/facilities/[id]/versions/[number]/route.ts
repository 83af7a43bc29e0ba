import { facilityFromPath } from "@/lib/api/facility-param";
import { apiHandler } from "@/lib/api/handler";
import { cachedJson, newest } from "@/lib/api/http";
import { presentVersionFields } from "@/lib/api/present";
import { invalidParams, problem } from "@/lib/api/problem";
import { getVersion } from "@/lib/disclosures/data-versions";

// GET /api/v1/facilities/{id}/versions/{number}: one version as published. Published words never
// change, so it may be cached for long — unless a moderator withdraws it.
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string; number: string }> }) => {
  const { id, number } = await params;
  if (!/^\d{1,9}$/.test(number) || Number(number) < 1) return invalidParams({ number: "Expected a version number: 1, 2, …" });
  const facility = await facilityFromPath(id);
  if (facility instanceof Response) return facility;
  const version = await getVersion(facility.id, Number(number));
  if (!version) return problem(404, "Not found", `${facility.name} has no version ${number}`);
  const { content, ...summary } = version;
  return cachedJson(
    request,
    { data: { ...presentVersionFields(summary), facilityId: facility.id, content } },
    { lastModified: newest([version.publishedAt, version.hiddenAt]) },
  );
});
