import { describe, expect, it } from "vitest";
import { diffDisclosures, groupChanges } from "@/lib/disclosures/diff";
import {
  formatAnswer,
  formatOptions,
  formatRetention,
  isPossiblyOutOfDate,
  neverUsedForTraining,
  parseVersionNumber,
  yesNo,
} from "@/lib/disclosures/format";
import { OPTION_LABELS } from "@/lib/disclosures/labels";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import type { Disclosure } from "@/lib/disclosures/schema";

const copy = (): Disclosure => structuredClone(sampleDisclosure);

describe("formatAnswer", () => {
  it("words an unanswered question as why, never as no", () => {
    expect(formatAnswer({ state: "unknown" }, yesNo)).toBe("Unknown");
    expect(formatAnswer({ state: "declined" }, yesNo)).toBe("Declined to answer");
    expect(formatAnswer({ state: "not_applicable" }, yesNo)).toBe("Not applicable");
    expect(formatAnswer({ state: "answered", value: false }, yesNo)).toBe("No");
  });

  it("words retention in years, or kept indefinitely", () => {
    expect(formatRetention({ years: 7 })).toBe("7 years");
    expect(formatRetention({ years: 1 })).toBe("1 year");
    expect(formatRetention({ years: null })).toBe("Kept indefinitely");
  });

  it("lists options by label in the question's order", () => {
    expect(formatOptions(OPTION_LABELS.modalities, ["XR", "CT"])).toBe("CT, X-ray");
    expect(formatOptions(OPTION_LABELS.modalities, [])).toBe("None");
  });
});
describe("neverUsedForTraining", () => {
  const trainingFree = () => {
    const disclosure = copy();
    disclosure.practices.sharing.aiTraining = { state: "answered", value: "none" };
    disclosure.aiTools[0]!.vendorTraining = { state: "answered", value: "no" };
    return disclosure;
  };

  it("is said only when the facility and every tool's vendor say no", () => {
    expect(neverUsedForTraining(trainingFree())).toBe(true);
    const notApplicable = trainingFree();
    notApplicable.aiTools[1]!.vendorTraining = { state: "not_applicable" };
    expect(neverUsedForTraining(notApplicable)).toBe(true);
  });

  it("is not said when any relevant answer is unknown, declined or allows training", () => {
    expect(neverUsedForTraining(sampleDisclosure)).toBe(false);
    const unknown = trainingFree();
    unknown.practices.sharing.aiTraining = { state: "unknown" };
    const optIn = trainingFree();
    optIn.aiTools[0]!.vendorTraining = { state: "answered", value: "opt_in" };
    const declined = trainingFree();
    declined.aiTools[1]!.vendorTraining = { state: "declined" };
    for (const disclosure of [unknown, optIn, declined]) expect(neverUsedForTraining(disclosure)).toBe(false);
  });
});

describe("isPossiblyOutOfDate", () => {
  const published = new Date("2024-03-02T12:00:00Z");

  it("is false up to 12 months after publishing, true after", () => {
    expect(isPossiblyOutOfDate(published, new Date("2025-03-02T12:00:00Z"))).toBe(false);
    expect(isPossiblyOutOfDate(published, new Date("2025-03-03T12:00:00Z"))).toBe(true);
  });
});

describe("parseVersionNumber", () => {
  it("reads a whole number from 1 and nothing else", () => {
    expect(parseVersionNumber("3")).toBe(3);
    expect(parseVersionNumber(["2", "5"])).toBe(2);
    for (const bad of [undefined, "", "0", "-1", "1.5", "01", "abc", "9999999999", "1e3"]) expect(parseVersionNumber(bad)).toBeNull();
  });
});

describe("diffDisclosures", () => {
  it("finds nothing between a version and itself", () => {
    expect(diffDisclosures(sampleDisclosure, copy())).toEqual([]);
  });

  it("counts unknown becoming no as a change, in words", () => {
    const before = copy();
    before.practices.sharing.patientsAsked = { state: "unknown" };
    expect(diffDisclosures(before, sampleDisclosure)).toEqual([
      {
        kind: "changed",
        section: "Sharing",
        path: "Sharing › Are patients asked before their data is shared?",
        before: "Unknown",
        after: "No",
      },
    ]);
  });

  it("keeps a declined answer as declined", () => {
    const after = copy();
    after.practices.optOut.effectOnCare = { state: "answered", value: "Nothing changes." };
    const [change] = diffDisclosures(sampleDisclosure, after);
    expect(change).toMatchObject({ kind: "changed", before: "Declined to answer", after: "Nothing changes." });
  });

  it("names a tool's field by the tool and the question", () => {
    const after = copy();
    after.aiTools[0]!.runsWhere = { state: "answered", value: "on_site" };
    expect(diffDisclosures(sampleDisclosure, after)).toEqual([
      {
        kind: "changed",
        section: "AI tools",
        path: "AI tool “ChestView Triage” › Where it runs",
        before: "In the vendor's cloud",
        after: "On-site, on the facility's own computers",
      },
    ]);
  });

  it("does not count reordered tools or reordered choices as changes", () => {
    const after = copy();
    after.aiTools.reverse();
    after.aiTools[1]!.modalities = { state: "answered", value: ["XR", "CT"] };
    expect(diffDisclosures(sampleDisclosure, after)).toEqual([]);
  });

  it("counts an added or removed tool once", () => {
    const after = copy();
    after.aiTools.push({ ...after.aiTools[0]!, productName: "BoneAge Assist" });
    const removed = copy();
    removed.aiTools.shift();
    expect(diffDisclosures(sampleDisclosure, after)).toEqual([
      {
        kind: "added",
        section: "AI tools",
        path: "AI tool “BoneAge Assist”",
        before: null,
        after: "BoneAge Assist, by Example Imaging AI, Inc.",
      },
    ]);
    expect(diffDisclosures(sampleDisclosure, removed)).toMatchObject([
      { kind: "removed", path: "AI tool “ChestView Triage”", after: null },
    ]);
  });

  it("matches a tool whatever the case and spacing of its name", () => {
    const after = copy();
    after.aiTools[0]!.productName = " chestview  TRIAGE";
    expect(diffDisclosures(sampleDisclosure, after)).toEqual([]);
  });

  it("treats the same product from another vendor as another tool", () => {
    const after = copy();
    after.aiTools[0]!.vendor = "Another Vendor LLC";
    expect(diffDisclosures(sampleDisclosure, after).map((change) => change.kind)).toEqual(["removed", "added"]);
  });

  it("sees a note added to a tool", () => {
    const after = copy();
    after.aiTools[1]!.note = "Makes MRI scans shorter.";
    expect(diffDisclosures(sampleDisclosure, after)).toMatchObject([{ before: "None", after: "Makes MRI scans shorter." }]);
  });

  it("matches breaches by date and words their changes", () => {
    const after = copy();
    after.breaches[0]!.individualsAffected = { state: "answered", value: 1500 };
    after.breaches.unshift({ ...after.breaches[0]!, breachDate: { state: "answered", value: "2024-01-10" } });
    const changes = diffDisclosures(sampleDisclosure, after);
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({ path: "Breach of March 2, 2022 › People affected", before: "1,200", after: "1,500" });
    expect(changes[1]).toMatchObject({ kind: "added", path: "Breach of January 10, 2024" });
  });

  it("groups changes by section in the order of the disclosure", () => {
    const after = copy();
    after.practices.imageRetention = { state: "answered", value: { years: null } };
    after.aiTools[0]!.region = { state: "declined" };
    after.practices.usesAi = { state: "unknown" };
    const groups = groupChanges(diffDisclosures(sampleDisclosure, after));
    expect(groups.map((group) => [group.section, group.changes.length])).toEqual([
      ["AI use and privacy policies", 1],
      ["How long records are kept", 1],
      ["AI tools", 1],
    ]);
    expect(groups[1]!.changes[0]).toMatchObject({ before: "7 years", after: "Kept indefinitely" });
  });
});
