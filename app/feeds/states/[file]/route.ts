import { apiHandler } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { atomResponse, changesAtom, FEED_LENGTH } from "@/lib/changes/atom";
import { listLatestChanges } from "@/lib/changes/data";
import { env } from "@/lib/env";
import { US_STATES } from "@/lib/facilities/us-states";

// GET /feeds/states/IL.atom: the newest changes in one state.
export const GET = apiHandler(async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  const state = /^([A-Z]{2})\.atom$/.exec(file)?.[1];
  if (!state || !(state in US_STATES)) return problem(404, "Not found", "State feeds are named like /feeds/states/IL.atom");
  const appUrl = env().APP_URL;
  const changes = await listLatestChanges({ state }, FEED_LENGTH);
  return atomResponse(
    changesAtom({
      appUrl,
      title: `ScanAware: changes in ${US_STATES[state as keyof typeof US_STATES]}`,
      self: `${appUrl}/feeds/states/${state}.atom`,
      page: `${appUrl}/facilities?state=${state}`,
      changes,
    }),
  );
});
