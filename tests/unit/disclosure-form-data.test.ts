import { describe, expect, it } from "vitest";
import { AI_TOOL_GROUPS, PRACTICE_GROUPS, questionsOf } from "@/lib/disclosures/form-questions";
import { readStep, stepErrors, stepValues } from "@/lib/disclosures/form-data";

const practices = questionsOf(PRACTICE_GROUPS);
const tool = questionsOf(AI_TOOL_GROUPS);

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("a step of the disclosure form", () => {
  it("reads yes/no, choices, check boxes, links and years, and leaves unanswered questions out", () => {
    const step = readStep(
      practices,
      form([
        ["usesAi", "yes"],
        ["patientsToldWhenAiUsed", "declined"],
        ["privacyPolicyUrls.0", "https://a.example/privacy"],
        ["privacyPolicyUrls.2", " https://b.example/privacy "],
        ["imageRetention~indefinite", "on"],
        ["reportRetention", "10"],
        ["sharing.research", "deidentified"],
        ["sharing.recipients", "academic_researchers"],
        ["sharing.recipients", "ai_vendors"],
        ["optOut.how", ""],
        ["optOut.cost~state", "unknown"],
        ["optOut.cost", "typed, then marked unknown"],
      ]),
    );
    expect(step).toEqual({
      usesAi: { state: "answered", value: true },
      patientsToldWhenAiUsed: { state: "declined" },
      privacyPolicyUrls: { state: "answered", value: ["https://a.example/privacy", "https://b.example/privacy"] },
      imageRetention: { state: "answered", value: { years: null } },
      reportRetention: { state: "answered", value: { years: 10 } },
      sharing: {
        research: { state: "answered", value: "deidentified" },
        recipients: { state: "answered", value: ["academic_researchers", "ai_vendors"] },
      },
      optOut: { cost: { state: "unknown" } },
    });
  });

  it("gives back the same answers it filled the fields with", () => {
    const entries: [string, string][] = [
      ["productName", "ChestView Triage"],
      ["vendor", "Example Imaging AI"],
      ["fdaNumber", "K213456"],
      ["modalities", "CT"],
      ["modalities", "XR"],
      ["runsWhere", "vendor_cloud"],
      ["region~state", "unknown"],
      ["localValidation", "no"],
    ];
    const step = readStep(tool, form(entries));
    const again = readStep(
      tool,
      form(
        Object.entries(stepValues(tool, step)).flatMap(([key, value]) =>
          value.split("\u001f").map((part): [string, string] => [key, part]),
        ),
      ),
    );
    expect(again).toEqual(step);
    expect(step).toMatchObject({ localValidation: { state: "answered", value: false }, region: { state: "unknown" } });
  });

  it("keeps what is not a number as typed, for the schema to explain", () => {
    expect(readStep(practices, form([["imageRetention", "seven"]]))).toEqual({
      imageRetention: { state: "answered", value: { years: "seven" } },
    });
  });

  it("puts each problem next to its question", () => {
    const errors = stepErrors(
      practices,
      [
        { path: "practices.sharing.research.value", message: "Choose one." },
        { path: "practices.privacyPolicyUrls.value.1", message: "Enter a web address starting with https://" },
        { path: "aiTools.0.vendor", message: "not this step" },
      ],
      "practices.",
    );
    expect(errors).toEqual({ "sharing.research": "Choose one.", privacyPolicyUrls: "Enter a web address starting with https://" });
  });
});
