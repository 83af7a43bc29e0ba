import { describe, expect, it } from "vitest";
import type { Answer } from "@/lib/disclosures/answer";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import type { AiTool, Disclosure } from "@/lib/disclosures/schema";
import {
  RUBRIC,
  RUBRIC_CHANGELOG,
  RUBRIC_POINTS,
  RUBRIC_VERSION,
  rubricTexts,
  type RubricItemId,
  type ScorableDisclosure,
} from "@/lib/score/rubric";
import { explanationsIn, scoreDisclosure, type ScoreResult } from "@/lib/score/score";

const answered = <T>(value: T): Answer<T> => ({ state: "answered", value });
type State = "unknown" | "declined" | "not_applicable";

/** Every answer of a disclosure replaced by `state` (lists of tools and breaches kept). */
function everyAnswer<T>(value: T, state: State): T {
  if (Array.isArray(value)) return value.map((entry) => everyAnswer(entry, state)) as T;
  if (value && typeof value === "object") {
    if ("state" in value) return { state } as T;
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, everyAnswer(entry, state)])) as T;
  }
  return value;
}

const tool = (overrides: Partial<AiTool> = {}): AiTool => ({
  productName: "Tool",
  version: answered("1"),
  vendor: "Vendor",
  fdaNumber: answered("K123456"),
  regulatoryStatus: { state: "not_applicable" },
  modalities: answered(["CT"]),
  bodyRegions: answered(["chest"]),
  purposes: answered(["detection"]),
  decisionRole: answered("informs"),
  runsWhere: answered("vendor_cloud"),
  region: answered("United States"),
  dataLeaving: answered("deidentified_images"),
  businessAssociateAgreement: answered(true),
  vendorRetention: answered("30 days"),
  vendorTraining: answered("no"),
  localValidation: answered(true),
  note: "",
  ...overrides,
});

/** A disclosure answering every question the rubric asks, specifically. */
const complete: Disclosure = {
  ...sampleDisclosure,
  practices: {
    ...sampleDisclosure.practices,
    aiPolicyUrl: answered("https://example.org/ai"),
    sharing: { ...sampleDisclosure.practices.sharing, aiTraining: answered("deidentified") },
    optOut: { ...sampleDisclosure.practices.optOut, effectOnCare: answered("None") },
    deidentification: { ...sampleDisclosure.practices.deidentification, defacingTool: answered("mri_deface") },
  },
  aiTools: [tool({ productName: "A" }), tool({ productName: "B", runsWhere: answered("on_site"), region: { state: "not_applicable" } })],
  breachesReported: answered(true),
};

const item = (result: ScoreResult, id: string) => result.items.find((entry) => entry.id === id)!;

describe("the rubric", () => {
  it("has unique ids, plain titles, positive points and a changelog entry for its version", () => {
    expect(new Set(RUBRIC.map((entry) => entry.id)).size).toBe(RUBRIC.length);
    for (const entry of RUBRIC) {
      expect(entry.points).toBeGreaterThan(0);
      expect(entry.title.length).toBeGreaterThan(5);
      expect(entry.earns.length).toBeGreaterThan(5);
    }
    expect(RUBRIC_CHANGELOG.at(-1)?.version).toBe(RUBRIC_VERSION);
  });
});

describe("scoreDisclosure", () => {
  it("gives 100 to a disclosure answering everything, and lists every item", () => {
    const result = scoreDisclosure(complete);
    expect(result).toMatchObject({ rubricVersion: RUBRIC_VERSION, score: 100 });
    expect(result.items.map((entry) => entry.id)).toEqual(RUBRIC.map((entry) => entry.id));
    expect(result.items.every((entry) => entry.state === "earned" || entry.state === "neutral")).toBe(true);
    // The on-site tool's region is not counted, the cloud one's is.
    expect(item(result, "tool-region")).toMatchObject({ state: "earned", earned: 1, possible: 1 });
    expect(item(result, "tool-region").why).toMatch(/runs on-site/);
  });

  it("scores the sample disclosure between 0 and 100, with its unknown and declined answers missed", () => {
    const result = scoreDisclosure(sampleDisclosure);
    expect(result.score).toBeGreaterThan(50);
    expect(result.score).toBeLessThan(100);
    expect(item(result, "training-sharing")).toMatchObject({ state: "missed", earned: 0, possible: 3 });
    expect(item(result, "training-sharing").why).toMatch(/unknown/);
    // One tool declined vendor training, the other answered: half the points.
    expect(item(result, "tool-vendor-training")).toMatchObject({ state: "partial", earned: 1, possible: 2 });
  });

  it("gives 0 when every answer is declined, and 0 when every answer is unknown", () => {
    for (const state of ["declined", "unknown"] as const) {
      const result = scoreDisclosure(everyAnswer(complete, state));
      expect(result.score).toBe(0);
      expect(result.earned).toBe(0);
      expect(result.possible).toBeGreaterThan(0);
      expect(result.items.filter((entry) => entry.state !== "neutral").every((entry) => entry.state === "missed")).toBe(true);
    }
  });

  it("gives 0, without dividing by zero, when every answer is not applicable", () => {
    const result = scoreDisclosure(everyAnswer(complete, "not_applicable"));
    expect(result).toMatchObject({ score: 0, earned: 0, possible: 0 });
    expect(result.items.every((entry) => entry.state === "neutral")).toBe(true);
  });

  it("leaves a not-applicable answer out of the points possible", () => {
    const full = scoreDisclosure(complete);
    const withNa = scoreDisclosure({ ...complete, practices: { ...complete.practices, reportRetention: { state: "not_applicable" } } });
    expect(item(withNa, "retention")).toMatchObject({ state: "earned", earned: 1, possible: 1 });
    expect(withNa.possible).toBe(full.possible - 1);
    expect(withNa.score).toBe(100);
  });

  it("makes tool items neutral for a facility that uses no AI", () => {
    const result = scoreDisclosure({ ...complete, practices: { ...complete.practices, usesAi: answered(false) }, aiTools: [] });
    const toolItems = result.items.filter((entry) => entry.id.startsWith("tool-"));
    expect(toolItems.length).toBeGreaterThan(0);
    expect(toolItems.every((entry) => entry.state === "neutral" && /uses no AI/.test(entry.why))).toBe(true);
    expect(result.score).toBe(100);
  });

  it("misses tool items when a facility says it uses AI but lists no tools", () => {
    const result = scoreDisclosure({ ...complete, aiTools: [] });
    const toolItems = result.items.filter((entry) => entry.id.startsWith("tool-"));
    expect(toolItems.every((entry) => entry.state === "missed" && entry.possible > 0)).toBe(true);
    expect(toolItems[0]!.why).toMatch(/lists no AI tools/);
    expect(result.score).toBeLessThan(100);
    expect(result.score).toBeGreaterThan(0);
  });

  it("averages tool items over the tools", () => {
    const result = scoreDisclosure({
      ...complete,
      aiTools: [
        tool({ productName: "A" }),
        tool({ productName: "B", dataLeaving: { state: "unknown" }, localValidation: { state: "declined" } }),
        tool({ productName: "C", dataLeaving: { state: "declined" } }),
        tool({ productName: "D", fdaNumber: { state: "unknown" }, regulatoryStatus: answered("Cleared") }),
      ],
    });
    expect(item(result, "tool-data-leaving")).toMatchObject({ state: "partial", earned: 1, possible: 2 });
    expect(item(result, "tool-local-validation")).toMatchObject({ state: "partial", earned: 0.75, possible: 1 });
    // A status in words without the FDA number: half the points for that tool.
    expect(item(result, "tool-regulatory")).toMatchObject({ state: "partial", earned: 1.75, possible: 2 });
    expect(item(result, "tool-data-leaving").why).toMatch(/Averaged over 4 AI tools/);
    expect(item(result, "tool-data-leaving").why).toMatch(/B — Data leaving: unknown/);
  });

  it("gives the regulatory status in words the whole points when a tool has no FDA number", () => {
    const result = scoreDisclosure({
      ...complete,
      aiTools: [tool({ fdaNumber: { state: "not_applicable" }, regulatoryStatus: answered("Not a medical device") })],
    });
    expect(item(result, "tool-regulatory")).toMatchObject({ state: "earned", earned: 2, possible: 2 });
  });

  it("describes opting out fully with a 'no' and with a 'yes, by this form'", () => {
    const no = scoreDisclosure({
      ...complete,
      practices: {
        ...complete.practices,
        optOut: { ...everyAnswer(complete.practices.optOut, "not_applicable"), offered: answered(false) },
      },
    });
    expect(item(no, "opt-out")).toMatchObject({ state: "earned", earned: 1, possible: 1 });
    const contactOnly = scoreDisclosure({
      ...complete,
      practices: { ...complete.practices, optOut: { ...complete.practices.optOut, formUrl: { state: "not_applicable" } } },
    });
    expect(item(contactOnly, "opt-out")).toMatchObject({ state: "earned", earned: 4, possible: 4 });
    const neither = scoreDisclosure({
      ...complete,
      practices: {
        ...complete.practices,
        optOut: { ...complete.practices.optOut, formUrl: { state: "unknown" }, contact: { state: "not_applicable" } },
      },
    });
    expect(item(neither, "opt-out")).toMatchObject({ state: "partial", earned: 3, possible: 4 });
  });

  it("credits a reported breach only when it is listed", () => {
    const unlisted = scoreDisclosure({ ...complete, breaches: [] });
    expect(item(unlisted, "breaches")).toMatchObject({ state: "partial", earned: 2, possible: 3 });
    const none = scoreDisclosure({ ...complete, breachesReported: answered(false), breaches: [] });
    expect(item(none, "breaches")).toMatchObject({ state: "earned", earned: 2, possible: 2 });
  });

  it("counts a question missing from an older version as not disclosed: nothing earned", () => {
    const { privacyContact: _, ...practices } = complete.practices;
    const older = scoreDisclosure({ ...complete, practices });
    expect(item(older, "privacy-contact")).toMatchObject({ state: "missed", earned: 0, possible: 2 });
    expect(item(older, "privacy-contact").why).toMatch(/not disclosed/);
    expect(older.score).toBeLessThan(100);
    // A whole section missing, and a disclosure with nothing in it at all.
    const bare = scoreDisclosure({ schemaVersion: "0.9" } as never);
    expect(bare.score).toBe(0);
    // Every point possible but one: breaches are listed only after saying some were reported.
    expect(bare.possible).toBe(RUBRIC_POINTS - 1);
  });

  it("is an integer from 0 to 100", () => {
    const result = scoreDisclosure({ ...complete, practices: { ...complete.practices, patientsToldWhenAiUsed: { state: "declined" } } });
    expect(Number.isInteger(result.score)).toBe(true);
    expect(result.score).toBe(Math.round((100 * result.earned) / result.possible));
  });
});

describe("scoreDisclosure in Spanish", () => {
  const { privacyContact: _, ...withoutContact } = complete.practices;
  const cases: Record<string, ScorableDisclosure> = {
    sample: sampleDisclosure,
    complete,
    declined: everyAnswer(complete, "declined"),
    unknown: everyAnswer(complete, "unknown"),
    "not applicable": everyAnswer(complete, "not_applicable"),
    "no AI": { ...complete, practices: { ...complete.practices, usesAi: answered(false) }, aiTools: [] },
    "AI without tools": { ...complete, aiTools: [] },
    "tools averaged, one unnamed": {
      ...complete,
      aiTools: [
        tool({ productName: "" }),
        tool({ productName: "B", dataLeaving: { state: "unknown" }, localValidation: { state: "declined" } }),
        tool({ productName: "D", fdaNumber: { state: "unknown" }, regulatoryStatus: answered("Cleared") }),
      ],
    },
    "no opt-out": {
      ...complete,
      practices: {
        ...complete.practices,
        optOut: { ...everyAnswer(complete.practices.optOut, "not_applicable"), offered: answered(false) },
      },
    },
    "breach unlisted": { ...complete, breaches: [] },
    "older version": { ...complete, practices: withoutContact },
    bare: { schemaVersion: "0.9" } as never,
  };
  const numbers = ({ items, ...totals }: ScoreResult) => ({
    ...totals,
    items: items.map(({ id, earned, possible, state }) => ({ id, earned, possible, state })),
  });
  const english = rubricTexts("en").why;
  const englishWords = [
    ...Object.values(english.parts),
    ...Object.values(english.notes),
    ...Object.values(english.unanswered),
    english.answered,
    english.missing,
    english.noAi,
    english.aiWithoutTools,
    english.noTools,
    english.unnamedTool(1),
    english.averaged(2),
  ];

  it.each(Object.entries(cases))("gives the same numbers as in English, worded in Spanish: %s", (_, disclosure) => {
    const en = scoreDisclosure(disclosure);
    const es = scoreDisclosure(disclosure, "es");
    expect(numbers(es)).toEqual(numbers(en));
    for (const entry of es.items) {
      expect(entry.title).toBe(rubricTexts("es").items[entry.id as RubricItemId].title);
      expect(entry.why).not.toBe(item(en, entry.id).why);
      for (const words of englishWords) expect(entry.why).not.toContain(words);
      expect(entry.why).not.toMatch(/\b(the|and|of|it|not|earns|AI)\b/i);
    }
  });

  it("names an unnamed tool, and says over how many tools an item is averaged", () => {
    const why = item(scoreDisclosure(cases["tools averaged, one unnamed"]!, "es"), "tool-data-leaving").why;
    expect(why).toMatch(/^Herramienta de IA 1 — /);
    expect(why).toMatch(/B — Qué datos salen del centro: desconocido/);
    expect(why).toMatch(/promedio de 3 herramientas de IA\.$/);
  });
});

describe("explanationsIn", () => {
  const stored = scoreDisclosure(sampleDisclosure);

  it("words every item of a stored score in the page's language", () => {
    const es = scoreDisclosure(sampleDisclosure, "es");
    expect(explanationsIn(stored, sampleDisclosure, "es")).toEqual(new Map(es.items.map((entry) => [entry.id, entry.why])));
  });

  it("leaves out an item whose stored numbers it does not reproduce, and a score of another rubric", () => {
    const changed = { ...stored, items: stored.items.map((entry) => (entry.id === "retention" ? { ...entry, earned: 0 } : entry)) };
    const explanations = explanationsIn(changed, sampleDisclosure, "es");
    expect(explanations.has("retention")).toBe(false);
    expect(explanations.size).toBe(stored.items.length - 1);
    expect(explanationsIn({ ...stored, rubricVersion: "0.9" }, sampleDisclosure, "es").size).toBe(0);
  });
});
