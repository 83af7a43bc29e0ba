import { describe, expect, it } from "vitest";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import { disclosureSchema } from "@/lib/disclosures/schema";

describe("sampleDisclosure", () => {
  it("is a valid, complete disclosure", () => {
    expect(disclosureSchema.parse(sampleDisclosure)).toEqual(sampleDisclosure);
  });

  it("shows every way of answering: on-site and cloud tools, unknown and declined answers, a breach", () => {
    const runs = sampleDisclosure.aiTools.map((tool) => tool.runsWhere);
    expect(runs).toEqual([
      { state: "answered", value: "vendor_cloud" },
      { state: "answered", value: "on_site" },
    ]);
    expect(sampleDisclosure.aiTools[0]!.region).toEqual({ state: "answered", value: "United States (Virginia)" });
    const states = JSON.stringify(sampleDisclosure);
    expect(states).toContain('"unknown"');
    expect(states).toContain('"declined"');
    expect(sampleDisclosure.breaches).toHaveLength(1);
  });
});
