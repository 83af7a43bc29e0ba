import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importCmsFile } from "@/lib/facilities/cms-import";
import { createSampleFacilities, searchFacilities, type SearchOutcome } from "@/lib/facilities/data";
import { sampleFacilities } from "@/lib/facilities/samples";
import { readSearch } from "@/lib/facilities/search-params";
import type { Answer } from "@/lib/disclosures/answer";
import { SHIPPED_CMS_FILE } from "../support/cms-files";
import { completePatch, given, UNKNOWN } from "./support/disclosure";
import { publishComplete, team } from "./support/disclosure-rows";

// Real data: the shipped CMS file, as a patient would search it.
beforeAll(async () => {
  await importCmsFile(SHIPPED_CMS_FILE);
  await createSampleFacilities(sampleFacilities);
}, 60_000);

const search = (params: Record<string, string>) => searchFacilities(readSearch(params).search);

function results(outcome: SearchOutcome) {
  if (outcome.kind !== "results") throw new Error(`expected results, got ${outcome.kind}`);
  return outcome;
}

describe("searching facilities by name", () => {
  it("forgives typos and word order", async () => {
    for (const q of ["st marys hospitl", "hospital st marys", "ST. MARY'S HOSPITAL"]) {
      const top = results(await search({ q })).facilities.slice(0, 5);
      expect(top.length, q).toBe(5);
      for (const facility of top) expect(facility.name, q).toMatch(/St\.? Mary'?s/i);
    }
  });

  it("corrects a word that is spelled like another real word", async () => {
    // "centre" is not in any facility's name, "mercey" in none at all: both are corrected.
    const { facilities } = results(await search({ q: "mercey medical centre" }));
    expect(facilities.map((f) => f.name)).toContain("Mercy Medical Center");
  });

  it("lists names that start with the words as typed first", async () => {
    const { facilities } = results(await search({ q: "mercy medical center" }));
    expect(facilities[0]!.name).toMatch(/^Mercy Medical Center/);
    const names = results(await search({ q: "mercy" })).facilities.map((f) => f.name);
    expect(names.slice(0, 3).every((name) => name.startsWith("Mercy"))).toBe(true);
  });

  it("ignores accents and case", async () => {
    const plain = results(await search({ q: "mayaguez" }));
    const accented = results(await search({ q: "MAYAGÜEZ" }));
    expect(plain.total).toBeGreaterThan(0);
    expect(accented.facilities.map((f) => f.id)).toEqual(plain.facilities.map((f) => f.id));
    for (const facility of plain.facilities) expect(facility.city).toMatch(/Mayag/i);
  });

  it("finds a city's hospitals by the city's name", async () => {
    const { facilities } = results(await search({ q: "Dothan", state: "AL" }));
    expect(facilities.map((f) => f.name).sort()).toEqual(["Flowers Hospital", "Southeast Health Medical Center"]);
  });

  it("still answers a query made of generic words, best matches first", async () => {
    const outcome = results(await search({ q: "medical center" }));
    expect(outcome.total).toBeGreaterThan(500);
    expect(outcome.facilities[0]!.name).toMatch(/Medical Center/);
  });
});

describe("searching around a ZIP code", () => {
  it("lists what is within the distance, nearest first", async () => {
    const { facilities } = results(await search({ near: "36301", radius: "10" }));
    expect(facilities.map((f) => f.name)).toEqual(expect.arrayContaining(["Flowers Hospital", "Southeast Health Medical Center"]));
    const distances = facilities.map((f) => f.distance!);
    expect(distances.every((d) => d <= 10)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("takes a ZIP code typed into the search box, and kilometres", async () => {
    const miles = results(await search({ q: "36301", radius: "10" }));
    const km = results(await search({ q: "36301", radius: "16", unit: "km" }));
    expect(km.facilities.map((f) => f.id)).toEqual(miles.facilities.map((f) => f.id));
    expect(km.facilities[0]!.distance!).toBeCloseTo(miles.facilities[0]!.distance! * 1.609344, 5);
  });

  it("widening the distance finds more", async () => {
    const near = results(await search({ near: "60614", radius: "5" }));
    const far = results(await search({ near: "60614", radius: "50" }));
    expect(far.total).toBeGreaterThan(near.total);
    expect(far.facilities.every((f) => f.state === "IL" || f.state === "IN" || f.state === "WI")).toBe(true);
  });

  it("says when a ZIP code is unknown", async () => {
    expect(await search({ near: "00000" })).toEqual({ kind: "unknown-zip", zip: "00000" });
  });
});

describe("filters, sorting and pages", () => {
  it("filters by state and kind, and labels sample facilities", async () => {
    const wisconsin = results(await search({ state: "WI", kind: "IMAGING_CENTER" }));
    expect(wisconsin.facilities).toHaveLength(1);
    expect(wisconsin.facilities[0]).toMatchObject({ name: "Lakeside Open MRI (sample)", isSample: true });
  });

  it("filters by disclosure status", async () => {
    const before = results(await search({ disclosure: "disclosed" })).total;
    await db().facility.update({ where: { ccn: "010001" }, data: { disclosedAt: new Date() } });
    expect(results(await search({ disclosure: "disclosed" })).total).toBe(before + 1);
    const notYet = results(await search({ disclosure: "not-disclosed", q: "Southeast Health Medical Center Dothan" }));
    expect(notYet.facilities.map((f) => f.name)).not.toContain("Southeast Health Medical Center");
  });

  it("filters on where a facility's AI runs, from what it disclosed", async () => {
    const [home, abroad, unsure] = [await team(), await team(), await team()];
    const cloudIn = (region: Answer<string>) => {
      const patch = completePatch();
      patch.aiTools = [{ ...patch.aiTools[0]!, runsWhere: given("vendor_cloud"), region }];
      return patch;
    };
    await publishComplete(home, cloudIn(given("AWS us-east-1")));
    await publishComplete(abroad, cloudIn(given("EU (Frankfurt)")));
    await publishComplete(unsure, cloudIn(UNKNOWN));
    const found = async (params: Record<string, string>) => results(await search({ state: "IL", ...params })).facilities.map((f) => f.id);

    expect(await found({ noCloudAbroad: "true" })).toEqual([home.f]);
    expect(await found({ onSiteOnly: "true" })).toEqual([]);
    expect((await found({ disclosure: "disclosed" })).sort()).toEqual([home.f, abroad.f, unsure.f].sort());
    // Unchecked is no filter at all.
    expect(await found({ noCloudAbroad: "false", disclosure: "disclosed" })).toHaveLength(3);
  });

  it("pages through results in a stable order, with an empty page past the end", async () => {
    const first = results(await search({ state: "AL", sort: "name" }));
    const second = results(await search({ state: "AL", sort: "name", page: "2" }));
    expect(first.facilities).toHaveLength(20);
    expect(second.facilities[0]!.name.localeCompare(first.facilities[19]!.name, "en", { sensitivity: "base" })).toBeGreaterThanOrEqual(0);
    expect(new Set([...first.facilities, ...second.facilities].map((f) => f.id)).size).toBe(40);
    const beyond = results(await search({ state: "AL", page: String(first.pageCount + 1) }));
    expect(beyond.facilities).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it("sorts by most recently updated", async () => {
    await db().facility.update({ where: { ccn: "010005" }, data: { phone: "(256) 555-0100" } });
    const { facilities } = results(await search({ sort: "updated" }));
    expect(facilities[0]!.name).toBe("Marshall Medical Centers");
  });
});
