import { describe, expect, it } from "vitest";
import { PATIENT_QUESTIONS, questionsToAsk } from "@/lib/disclosures/questions";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import type { Disclosure } from "@/lib/disclosures/schema";

const copy = (): Disclosure => structuredClone(sampleDisclosure);

describe("questionsToAsk", () => {
  it("asks every general question when nothing is disclosed", () => {
    expect(questionsToAsk(null)).toEqual(PATIENT_QUESTIONS);
    expect(questionsToAsk(null).map((q) => q.question)).toContain("Is AI used on my scan, and for what?");
  });

  it("asks about each unknown or declined answer of the sample, not about answers not applicable", () => {
    expect(questionsToAsk(sampleDisclosure)).toEqual([
      { topic: "Training", question: "Are my images or reports used to train AI, by you or anyone else?" },
      { topic: "Opting out", question: "Does opting out change my care, or how long my results take?" },
      { topic: "Identifying details", question: "Is my face removed from head scans before they leave, and with what software?" },
      { topic: "ChestView Triage", question: "May the maker of ChestView Triage use my scan to train or improve its AI?" },
      {
        topic: "ChestView Triage",
        question: "Was ChestView Triage tested on this facility's own patients before you started using it?",
      },
      { topic: "ClearScan Reconstruction", question: "Which version of ClearScan Reconstruction do you use?" },
      { topic: "Breaches", question: "About the data breach of March 2, 2022: can you tell me what was done about it?" },
    ]);
  });

  it("asks nothing when every answer is given", () => {
    const full = copy();
    full.practices.sharing.aiTraining = { state: "answered", value: "none" };
    full.practices.optOut.effectOnCare = { state: "not_applicable" };
    full.practices.deidentification.defacingTool = { state: "answered", value: "mri_deface 1.22" };
    full.aiTools = [];
    full.breaches = [];
    expect(questionsToAsk(full)).toEqual([]);
  });

  it("asks whether AI is used when that is unknown", () => {
    const unsure = copy();
    unsure.practices.usesAi = { state: "declined" };
    expect(questionsToAsk(unsure)[0]).toEqual({ topic: "AI use", question: "Is AI used on my scan, and for what?" });
  });

  it("asks a question once even when several answers lead to it", () => {
    const unsure = copy();
    unsure.aiTools[0]!.fdaNumber = { state: "unknown" };
    unsure.aiTools[0]!.regulatoryStatus = { state: "unknown" };
    const fda = questionsToAsk(unsure).filter((q) => q.question.includes("FDA"));
    expect(fda).toEqual([{ topic: "ChestView Triage", question: "Is ChestView Triage cleared or approved by the FDA?" }]);
  });

  it("gathers a breach's gaps into one question", () => {
    const unsure = copy();
    unsure.breaches[0]!.breachDate = { state: "unknown" };
    unsure.breaches[0]!.individualsAffected = { state: "declined" };
    expect(questionsToAsk(unsure).at(-1)).toEqual({
      topic: "Breaches",
      question: "About the data breach: can you tell me when it happened, how many people were affected and what was done about it?",
    });
  });
});
