import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { hideVersion } from "@/lib/disclosures/data-versions";
import { createUser, nextIp } from "./support/accounts";
import { completePatch, given } from "./support/disclosure";
import { publishComplete, team } from "./support/disclosure-rows";

// The public rows (search filters, API, exports, statistics) follow the newest visible version:
// publishing replaces them, a moderator's hiding falls back to the version before, and an
// unanswered question reads as why it was not answered, never as "no".

const publicRows = async (facilityId: string) => ({
  disclosure: await db().publicDisclosure.findUnique({ where: { facilityId } }),
  tools: await db().publicAiTool.findMany({ where: { facilityId }, orderBy: { position: "asc" } }),
});

it("derives a facility's facts and AI tools from its newest visible version", async () => {
  const facility = await team();
  const moderator = await createUser({ role: "MODERATOR" });
  await publishComplete(facility);

  const first = await publicRows(facility.f);
  expect(first.disclosure).toMatchObject({
    versionNumber: 1,
    usesAi: "yes",
    toolCount: 2,
    runsWhere: ["on_site", "vendor_cloud"],
    modalities: ["CT", "MR", "XR"],
    vendorTraining: ["declined", "no"],
    aiTrainingSharing: "unknown",
    optOutOffered: "yes",
  });
  expect(first.tools.map((tool) => [tool.productName, tool.fdaNumber, tool.runsWhere, tool.region, tool.localValidation])).toEqual([
    ["ChestView Triage", "K213456", "vendor_cloud", "United States (Virginia)", "yes"],
    ["QuietScan Reconstruction", "unknown", "on_site", "not_applicable", "unknown"],
  ]);

  const patch = completePatch();
  patch.aiTools = [{ ...patch.aiTools[0]!, runsWhere: given("on_site"), modalities: given(["MG"]) }];
  patch.practices.optOut.offered = given(false);
  await publishComplete(facility, patch);
  const second = await publicRows(facility.f);
  expect(second.disclosure).toMatchObject({
    versionNumber: 2,
    toolCount: 1,
    runsWhere: ["on_site"],
    modalities: ["MG"],
    optOutOffered: "no",
  });
  expect(second.tools).toHaveLength(1);

  const [v2, v1] = await db().disclosureVersion.findMany({ where: { facilityId: facility.f }, orderBy: { number: "desc" } });
  await hideVersion(moderator, v2!.id, "Wrong facility", nextIp());
  expect((await publicRows(facility.f)).disclosure).toMatchObject({ versionNumber: 1, toolCount: 2 });

  await hideVersion(moderator, v1!.id, "Wrong facility", nextIp());
  expect(await publicRows(facility.f)).toEqual({ disclosure: null, tools: [] });
});
