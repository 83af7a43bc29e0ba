import { apiHandler } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { atomResponse, changesAtom, FEED_LENGTH } from "@/lib/changes/atom";
import { listLatestChanges } from "@/lib/changes/data";
import { env } from "@/lib/env";
import { getFacilityBySlug } from "@/lib/facilities/data";

// GET /facilities/{slug}/changes.atom: follow one facility's disclosures in a feed reader.
export const GET = apiHandler(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const facility = await getFacilityBySlug((await params).slug);
  if (!facility) return problem(404, "Not found", "No such facility");
  const appUrl = env().APP_URL;
  const page = `${appUrl}/facilities/${facility.slug}`;
  const changes = await listLatestChanges({ facilityId: facility.id }, FEED_LENGTH);
  return atomResponse(
    changesAtom({ appUrl, title: `ScanAware: ${facility.name}, ${facility.city}`, self: `${page}/changes.atom`, page, changes }),
  );
});
