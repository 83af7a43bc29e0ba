import { apiHandler } from "@/lib/api/handler";
import { atomResponse, changesAtom, FEED_LENGTH } from "@/lib/changes/atom";
import { listLatestChanges } from "@/lib/changes/data";
import { env } from "@/lib/env";

// GET /feeds/changes.atom: the newest changes across the registry.
export const GET = apiHandler(async () => {
  const appUrl = env().APP_URL;
  const changes = await listLatestChanges({}, FEED_LENGTH);
  return atomResponse(
    changesAtom({ appUrl, title: "ScanAware: all changes", self: `${appUrl}/feeds/changes.atom`, page: `${appUrl}/facilities`, changes }),
  );
});
