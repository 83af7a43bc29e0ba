import { describe, expect, it } from "vitest";
import { DISCLOSURE_SCHEMA_VERSION, disclosureSchema } from "@/lib/disclosures/schema";
import { draftProblems, validateDisclosure } from "@/lib/disclosures/validate";
import { completeDisclosure, FIVE_MISTAKES, withFiveMistakes } from "../integration/support/disclosure";

const NOT_ANSWERED = expect.stringMatching(/^Not answered yet/);

describe("the complete disclosure the tests use", () => {
  it("is valid and already in the schema's output form", () => {
    const disclosure = completeDisclosure();
    expect(validateDisclosure(disclosure)).toEqual({ ok: true, disclosure });
    expect(disclosureSchema.parse(disclosure)).toEqual(disclosure);
  });

  it("is a fresh object each time", () => {
    const first = completeDisclosure();
    first.aiTools.pop();
    expect(completeDisclosure().aiTools).toHaveLength(2);
  });
});

describe("validateDisclosure", () => {
  it("lists every problem of a file, with its path, not just the first", () => {
    const result = validateDisclosure(withFiveMistakes());

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual(FIVE_MISTAKES);
  });

  it("names a file in another format version", () => {
    const result = validateDisclosure({ ...completeDisclosure(), schemaVersion: "0.9" });
    expect(!result.ok && result.problems).toEqual([
      { path: "schemaVersion", message: `This file is not in disclosure format ${DISCLOSURE_SCHEMA_VERSION}.` },
    ]);
  });

  it("calls a missing section not answered", () => {
    const result = validateDisclosure({ schemaVersion: DISCLOSURE_SCHEMA_VERSION });
    expect(!result.ok && result.problems).toEqual(
      ["practices", "aiTools", "breachesReported", "breaches"].map((path) => ({
        path,
        message: path === "aiTools" || path === "breaches" ? expect.stringMatching(/^Not answered yet: list each one/) : NOT_ANSWERED,
      })),
    );
  });
});

describe("draftProblems", () => {
  it("ignores questions not answered yet, and reports answers that are wrong", () => {
    const draft = {
      schemaVersion: DISCLOSURE_SCHEMA_VERSION,
      practices: { usesAi: { state: "answered", value: true }, privacyContact: { state: "answered", value: "  " } },
      aiTools: [{ productName: "ChestView Triage", fdaNumber: { state: "answered", value: "K12" } }],
    };

    expect(draftProblems(draft)).toEqual([
      { path: "practices.privacyContact.value", message: "Enter a contact for privacy questions." },
      { path: "aiTools.0.fdaNumber.value", message: "An FDA number looks like K213456, DEN190040 or P200003." },
    ]);
  });

  it("finds nothing in an empty draft or a complete one", () => {
    expect(draftProblems({ schemaVersion: DISCLOSURE_SCHEMA_VERSION })).toEqual([]);
    expect(draftProblems(completeDisclosure())).toEqual([]);
  });

  it("keeps the mistakes of a file and drops only its missing answer", () => {
    expect(draftProblems(withFiveMistakes())).toEqual(FIVE_MISTAKES.filter((problem) => problem.path !== "practices.privacyContact"));
  });
});
