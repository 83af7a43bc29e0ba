import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { hideVersion } from "@/lib/disclosures/data-versions";
import { searchFacilities } from "@/lib/facilities/data";
import { findPublicFacility } from "@/lib/facilities/data-public";
import { readSearch } from "@/lib/facilities/search-params";
import { rescoreMissing } from "@/lib/score/data";
import { RUBRIC_VERSION } from "@/lib/score/rubric";
import { scoreDisclosure } from "@/lib/score/score";
import { createFacility, createMember, createUser, nextIp } from "./support/accounts";
import { completePatch } from "./support/disclosure";
import { createVersion, publishComplete } from "./support/disclosure-rows";

// Scores are written with each publication, follow the newest visible version like the public
// rows do, sort the search, and are filled in at start-up when missing.

const DECLINED = { state: "declined" as const };

/** A facility in `state` (so a search by state finds only this test's) with an admin. */
async function teamIn(state: string, name?: string) {
  const facility = await createFacility({ state, ...(name ? { name, searchText: `${name.toLowerCase()} springfield` } : {}) });
  return { f: facility.id, admin: await createMember(facility, "FACILITY_ADMIN"), editor: await createMember(facility, "EDITOR") };
}

/** A complete disclosure with most practices declined: a lower score. */
function vaguePatch() {
  const patch = completePatch();
  patch.practices = {
    ...patch.practices,
    privacyContact: DECLINED,
    patientsToldWhenAiUsed: DECLINED,
    imageRetention: DECLINED,
    reportRetention: DECLINED,
  };
  return patch;
}

const scoresOf = (facilityId: string) =>
  db().disclosureScore.findMany({ where: { version: { facilityId } }, orderBy: { version: { number: "asc" } } });

const searched = async (state: string, sort = "name") => {
  const outcome = await searchFacilities(readSearch({ state, sort }).search);
  if (outcome.kind !== "results") throw new Error("expected results");
  return outcome.facilities.map((facility) => ({ id: facility.id, score: facility.score }));
};

it("writes the score with the publication, under the current rubric", async () => {
  const team = await teamIn("VT");
  await publishComplete(team);
  const [version] = await db().disclosureVersion.findMany({ where: { facilityId: team.f } });
  const [row] = await scoresOf(team.f);
  const expected = scoreDisclosure(version!.content as never);
  expect(row).toMatchObject({ versionId: version!.id, rubricVersion: RUBRIC_VERSION, score: expected.score });
  expect(Number(row!.possible)).toBe(expected.possible);
  expect(row!.items).toEqual(expected.items);
  expect(await searched("VT")).toEqual([{ id: team.f, score: expected.score }]);
  expect((await findPublicFacility({ id: team.f }))?.score).toBe(expected.score);
});

it("shows the previous version's score when the newest is hidden, and none when every version is", async () => {
  const team = await teamIn("NH");
  const moderator = await createUser({ role: "MODERATOR" });
  await publishComplete(team);
  await publishComplete(team, vaguePatch());
  const [first, second] = await scoresOf(team.f);
  expect(second!.score).toBeLessThan(first!.score);
  expect(await searched("NH")).toEqual([{ id: team.f, score: second!.score }]);

  const [v2, v1] = await db().disclosureVersion.findMany({ where: { facilityId: team.f }, orderBy: { number: "desc" } });
  await hideVersion(moderator, v2!.id, "Wrong facility", nextIp());
  expect(await searched("NH")).toEqual([{ id: team.f, score: first!.score }]);
  expect((await findPublicFacility({ id: team.f }))?.score).toBe(first!.score);

  await hideVersion(moderator, v1!.id, "Wrong facility", nextIp());
  expect(await searched("NH")).toEqual([{ id: team.f, score: null }]);
  expect((await findPublicFacility({ id: team.f }))?.score).toBeNull();
});

it("has no score for a facility whose only version is hidden", async () => {
  const team = await teamIn("ME");
  const moderator = await createUser({ role: "MODERATOR" });
  await publishComplete(team);
  const [version] = await db().disclosureVersion.findMany({ where: { facilityId: team.f } });
  await hideVersion(moderator, version!.id, "Not this facility's", nextIp());
  expect(await searched("ME")).toEqual([{ id: team.f, score: null }]);
});

it("sorts by score, highest first, facilities without a score last", async () => {
  // Names in the opposite order, so a sort by name would fail.
  const none = await teamIn("WY", "Alpha Imaging");
  const low = await teamIn("WY", "Beta Imaging");
  const high = await teamIn("WY", "Gamma Imaging");
  await publishComplete(high);
  await publishComplete(low, vaguePatch());
  const sorted = await searched("WY", "score");
  expect(sorted.map((facility) => facility.id)).toEqual([high.f, low.f, none.f]);
  expect(sorted[0]!.score).toBeGreaterThan(sorted[1]!.score!);
  expect(sorted[2]!.score).toBeNull();
  expect(readSearch({ sort: "score" }).errors).toEqual({});
});

it("scores public versions that lack a score, and leaves scored ones alone", async () => {
  const scored = await teamIn("RI");
  await publishComplete(scored);
  const [before] = await scoresOf(scored.f);
  // A version written without the publication path (as before scores existed, or restored).
  const unscored = await teamIn("RI");
  const version = await createVersion({ id: unscored.f });
  expect(await scoresOf(unscored.f)).toEqual([]);
  expect(await searched("RI")).toContainEqual({ id: unscored.f, score: null });

  expect(await rescoreMissing()).toBeGreaterThanOrEqual(1);
  const [row] = await scoresOf(unscored.f);
  expect(row).toMatchObject({ versionId: version.id, rubricVersion: RUBRIC_VERSION });
  expect(await searched("RI")).toContainEqual({ id: unscored.f, score: row!.score });
  expect(await scoresOf(scored.f)).toEqual([before]);
  expect(await rescoreMissing()).toBe(0);
});
