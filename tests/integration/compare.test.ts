import { expect, it } from "vitest";
import { getComparedFacilities } from "@/lib/compare/data";
import { hideVersion } from "@/lib/disclosures/data-versions";
import { createFacility, createUser, nextIp } from "./support/accounts";
import { ATTESTATION } from "./support/disclosure";
import { createVersion } from "./support/disclosure-rows";

// The facilities a patient compares: in the order chosen, each with its current disclosure (the
// newest version a moderator has not hidden), and the addresses that name no facility.

it("returns the facilities in the order chosen, each with its current disclosure, and names the unknown ones", async () => {
  const moderator = await createUser({ role: "MODERATOR" });
  const [corrected, disclosed, silent, hidden] = await Promise.all([
    createFacility(),
    createFacility(),
    createFacility(),
    createFacility(),
  ]);
  await createVersion(corrected);
  const wrong = await createVersion(corrected);
  await hideVersion(moderator, wrong.id, "Wrong facility", nextIp());
  await createVersion(disclosed);
  await hideVersion(moderator, (await createVersion(hidden)).id, "Abusive", nextIp());

  const { facilities, unknown } = await getComparedFacilities([
    silent.slug,
    "no-such-facility",
    corrected.slug,
    disclosed.slug,
    hidden.slug,
  ]);

  expect(unknown).toEqual(["no-such-facility"]);
  expect(facilities.map((facility) => facility.slug)).toEqual([silent.slug, corrected.slug, disclosed.slug, hidden.slug]);
  const [silentRow, correctedRow, disclosedRow, hiddenRow] = facilities;
  expect(silentRow).toMatchObject({ name: silent.name, version: null, disclosure: null, isSample: false });
  expect(correctedRow!.version).toMatchObject({ number: 1, attesterName: ATTESTATION.attesterName });
  expect(disclosedRow!.version?.number).toBe(1);
  expect(disclosedRow!.disclosure?.practices.usesAi).toEqual({ state: "answered", value: true });
  expect(hiddenRow).toMatchObject({ version: null, disclosure: null });
});

it("finds nothing, and asks nothing, for no facilities", async () => {
  expect(await getComparedFacilities([])).toEqual({ facilities: [], unknown: [] });
  expect(await getComparedFacilities(["missing-one"])).toEqual({ facilities: [], unknown: ["missing-one"] });
});
