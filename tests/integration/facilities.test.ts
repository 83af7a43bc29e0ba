import { describe, expect, it, vi } from "vitest";
import { countListedFacilities, createSampleFacilities } from "@/lib/facilities/data";
import { sampleFacilities } from "@/lib/facilities/samples";
import { db } from "@/lib/db";

describe("facility counts", () => {
  it("counts real facilities and never the samples", async () => {
    await createSampleFacilities(sampleFacilities);
    expect(await countListedFacilities()).toBe(0);

    await db().facility.create({
      data: {
        slug: "mercy-general",
        name: "Mercy General Hospital",
        kind: "HOSPITAL",
        city: "Springfield",
        state: "IL",
        source: "CMS_IMPORT",
        searchText: "mercy general hospital springfield il",
      },
    });
    // The count may lag five seconds behind the database (the home page's cost).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 5_001);
    expect(await countListedFacilities()).toBe(1);
    vi.useRealTimers();
  });

  it("adds the samples once, however often the seed runs", async () => {
    await createSampleFacilities(sampleFacilities);
    expect(await createSampleFacilities(sampleFacilities)).toBe(0);
    expect(await db().facility.count({ where: { isSample: true } })).toBe(sampleFacilities.length);
  });
});
