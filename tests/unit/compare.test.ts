import { describe, expect, it } from "vitest";
import { cellsDiffer, cellText, type CompareCell } from "@/lib/compare/cells";
import { compareSections, countRows, differencesOnly, type CompareRow, type CompareSection } from "@/lib/compare/model";
import { compareHref, readSelection, splitAtLimit } from "@/lib/compare/selection";
import { practiceGroups } from "@/lib/disclosures/format";
import type { Disclosure } from "@/lib/disclosures/schema";
import { completeDisclosure, given, UNKNOWN } from "../integration/support/disclosure";

const row = (sections: CompareSection[], key: string): CompareRow => {
  const found = sections.flatMap((section) => section.rows).find((candidate) => candidate.key === key);
  if (!found) throw new Error(`No row ${key}`);
  return found;
};

const words = (cell: CompareCell | undefined) =>
  cell?.disclosed ? cell.items.map((item) => (item.label ? `${item.label}: ${item.words}` : item.words)) : "Not disclosed";

describe("readSelection", () => {
  it("keeps the facilities in the order chosen, each once, and compares the first 4 found", () => {
    const selection = readSelection({ f: ["b", "a", "B ", "c", "d", "e", "f"], only: "differences" });
    expect(selection).toEqual({ slugs: ["b", "a", "c", "d", "e", "f"], malformed: [], onlyDifferences: true });
    expect(splitAtLimit(selection.slugs)).toEqual({ shown: ["b", "a", "c", "d"], extra: ["e", "f"] });
    expect(readSelection({ f: Array.from({ length: 50 }, (_, index) => `f${index}`) }).slugs).toHaveLength(20);
  });

  it("reports what cannot be a facility's address, and reads a single or missing f", () => {
    expect(readSelection({ f: ["<script>", "lakeside", ""] })).toEqual({
      slugs: ["lakeside"],
      malformed: ["<script>"],
      onlyDifferences: false,
    });
    expect(readSelection({ f: "lakeside" }).slugs).toEqual(["lakeside"]);
    expect(readSelection({}).slugs).toEqual([]);
  });

  it("builds the address back, so removing a facility is the same address without it", () => {
    expect(compareHref(["a", "b"])).toBe("/compare?f=a&f=b");
    expect(compareHref(["a"], { onlyDifferences: true })).toBe("/compare?f=a&only=differences");
    expect(compareHref([])).toBe("/compare");
  });
});

describe("cellsDiffer", () => {
  const yes: CompareCell = { disclosed: true, items: [{ state: "answered", words: "Yes", links: [] }] };

  it("compares what a cell says, not the object it is", () => {
    expect(cellsDiffer([yes, structuredClone(yes)])).toBe(false);
    expect(cellsDiffer([yes, { disclosed: true, items: [{ state: "answered", words: "No", links: [] }] }])).toBe(true);
  });

  it("tells an unknown answer from a missing disclosure and from an answer", () => {
    const unknown: CompareCell = { disclosed: true, items: [{ state: "unknown", words: "Unknown", links: [] }] };
    expect(cellsDiffer([unknown, { disclosed: false }])).toBe(true);
    expect(cellsDiffer([{ disclosed: false }, { disclosed: false }])).toBe(false);
    expect(cellText(unknown)).not.toBe(cellText({ disclosed: true, items: [{ state: "answered", words: "Unknown", links: [] }] }));
  });

  it("tells apart answers about different tools that read the same", () => {
    const about = (label: string): CompareCell => ({ disclosed: true, items: [{ label, state: "answered", words: "On-site", links: [] }] });
    expect(cellsDiffer([about("ChestView"), about("QuietScan")])).toBe(true);
  });
});

describe("compareSections", () => {
  it("puts the key facts first, then the practices, the AI tools and the breaches", () => {
    const sections = compareSections([completeDisclosure(), null]);
    expect(sections.map((section) => section.title)).toEqual([
      "Key facts",
      "AI use and privacy policies",
      "Sharing",
      "Opting out",
      "Removing identifying details",
      "AI tools",
      "Data breaches",
    ]);
    expect(sections[0]!.rows.map((candidate) => candidate.key)).toEqual([
      "usesAi",
      "whereAiRuns",
      "sentOut",
      "training",
      "optOut.offered",
      "optOut.how",
      "imageRetention",
      "reportRetention",
      "score",
    ]);
    expect(row(sections, "score")).toMatchObject({ link: { href: "/methodology" }, differs: true });
    expect(words(row(sections, "score").cells[0])).toEqual([expect.stringMatching(/^\d{1,3} out of 100 \(rubric \d/)]);
  });

  it("asks every practice question once", () => {
    const keys = compareSections([completeDisclosure()]).flatMap((section) => section.rows.map((candidate) => candidate.key));
    const practiceKeys = practiceGroups(completeDisclosure().practices).flatMap((group) => group.rows.map((candidate) => candidate.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(practiceKeys));
  });

  it("reads 'Not disclosed' in every cell of a facility that has published nothing", () => {
    const sections = compareSections([completeDisclosure(), null]);
    const cells = sections.flatMap((section) => section.rows.map((candidate) => candidate.cells[1]));
    expect(cells.every((cell) => cell && !cell.disclosed)).toBe(true);
    expect(countRows(differencesOnly(sections))).toBe(countRows(sections));
  });

  it("marks no row when the facilities say the same, and only the rows that differ otherwise", () => {
    expect(differencesOnly(compareSections([completeDisclosure(), completeDisclosure()]))).toEqual([]);
    expect(differencesOnly(compareSections([null, null, null]))).toEqual([]);

    const other = completeDisclosure();
    other.practices.imageRetention = given({ years: 10 });
    other.practices.optOut.offered = UNKNOWN;
    const sections = compareSections([completeDisclosure(), other]);
    expect(differencesOnly(sections).flatMap((section) => section.rows.map((candidate) => candidate.key))).toEqual([
      "optOut.offered",
      "imageRetention",
      "score", // an unknown answer earns nothing
    ]);
    expect(words(row(sections, "optOut.offered").cells[1])).toEqual(["Unknown"]);
    expect(row(sections, "optOut.offered").cells[1]).toMatchObject({ items: [{ state: "unknown" }] });
  });

  it("words where each tool runs, what leaves the facility and where it is processed", () => {
    const sections = compareSections([completeDisclosure()]);
    expect(words(row(sections, "whereAiRuns").cells[0])).toEqual([
      "ChestView Triage: In the vendor's cloud",
      "QuietScan Reconstruction: On-site, on the facility's own computers",
    ]);
    expect(words(row(sections, "sentOut").cells[0])).toEqual([
      "ChestView Triage: De-identified images. Processed in: United States (Virginia)",
      "QuietScan Reconstruction: Nothing leaves the facility",
    ]);
  });

  it("never says data is not used for training when an answer is missing", () => {
    const sections = compareSections([completeDisclosure()]);
    expect(words(row(sections, "training").cells[0])).toEqual([
      "Shared by the facility to train AI: Unknown",
      "ChestView Triage: the vendor may train on it: No, never",
      "QuietScan Reconstruction: the vendor may train on it: Declined to answer",
    ]);

    const none = completeDisclosure();
    none.practices.sharing.aiTraining = given("none");
    none.aiTools = [none.aiTools[0]!];
    expect(words(row(compareSections([none]), "training").cells[0])).toEqual([
      "No: neither the facility nor its AI vendors use it to train AI",
    ]);
  });

  it("lists each facility's tools and breaches compactly, and says when there are none", () => {
    const none: Disclosure = { ...completeDisclosure(), aiTools: [], breaches: [], breachesReported: given(false) };
    const sections = compareSections([completeDisclosure(), none]);
    expect(words(row(sections, "toolCount").cells[0])).toEqual(["2"]);
    expect(words(row(sections, "tools").cells[0])![0]).toBe(
      "ChestView Triage: Vendor: Example Imaging AI, Inc.\nWhat it does: Triage: flags urgent scans to read first, Detection: points out possible findings\nKinds of scan: CT, X-ray",
    );
    expect(words(row(sections, "tools").cells[1])).toEqual(["No AI tools listed"]);
    expect(words(row(sections, "whereAiRuns").cells[1])).toEqual(["No AI tools listed"]);
    expect(words(row(sections, "breaches").cells[0])).toEqual([
      "Breach of March 2, 2024: Kind of breach: Hacking or IT incident\nPeople affected: 1,200",
    ]);
    expect(words(row(sections, "breaches").cells[1])).toEqual(["None listed"]);
    expect(words(row(sections, "breachesReported").cells[1])).toEqual(["No"]);
  });

  it("keeps the web addresses of an answer as links", () => {
    const cell = row(compareSections([completeDisclosure()]), "privacyPolicyUrls").cells[0];
    expect(cell).toMatchObject({ items: [{ links: ["https://www.lakeside-imaging.example/privacy"] }] });
  });
});
