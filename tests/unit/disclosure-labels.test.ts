import { describe, expect, it } from "vitest";
import { diffDisclosures } from "@/lib/disclosures/diff";
import { formatRetention, practiceGroups } from "@/lib/disclosures/format";
import { PRACTICE_TEXT } from "@/lib/disclosures/labels";
import { disclosureLabels } from "@/lib/disclosures/labels-by-locale";
import { questionsToAsk } from "@/lib/disclosures/questions";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import type { Disclosure } from "@/lib/disclosures/schema";
import { routing } from "@/lib/i18n/routing";

const rowsOf = (disclosure: Disclosure, locale: "en" | "es") => practiceGroups(disclosure.practices, locale).flatMap((group) => group.rows);

describe("disclosureLabels", () => {
  it("gives English from the form's own dictionaries", () => {
    expect(disclosureLabels("en").questions.practice.usesAi).toBe(PRACTICE_TEXT.usesAi.label);
  });

  it("never lets a missing answer read as another, or as no, in any language", () => {
    for (const locale of routing.locales) {
      const { unanswered, answers } = disclosureLabels(locale);
      const words = [unanswered.unknown, unanswered.declined, unanswered.not_applicable, answers.no];
      expect(new Set(words).size, locale).toBe(words.length);
    }
  });

  it("words the answers in Spanish and leaves the facility's own words as written", () => {
    const rows = rowsOf(sampleDisclosure, "es");
    expect(rows.find((row) => row.key === "sharing.aiTraining")).toMatchObject({ words: "Desconocido", asWritten: false });
    expect(rows.find((row) => row.key === "optOut.cost")).toMatchObject({ words: "Free", asWritten: true });
    expect(formatRetention({ years: 1 }, "es")).toBe("1 año");
  });

  it("asks the same questions in Spanish, dates in Spanish", () => {
    const spanish = questionsToAsk(sampleDisclosure, "es");
    expect(spanish).toHaveLength(questionsToAsk(sampleDisclosure).length);
    expect(spanish.at(-1)?.question).toBe(
      "Sobre la filtración de datos del 2 de marzo de 2022: ¿me pueden decir qué hicieron al respecto?",
    );
  });

  it("tells which side of a change the facility wrote", () => {
    const after = structuredClone(sampleDisclosure);
    after.practices.optOut.effectOnCare = { state: "answered", value: "Nothing changes." };
    expect(diffDisclosures(sampleDisclosure, after, "es")).toEqual([
      {
        kind: "changed",
        section: "Cómo negarse",
        path: "Cómo negarse › ¿Qué cambia en la atención del paciente?",
        before: "Se negó a responder",
        after: "Nothing changes.",
        written: { before: false, after: true },
      },
    ]);
  });
});
