import { describe, expect, it } from "vitest";
import { fernandezHuerta, spanishSyllables } from "@/tests/e2e/support/spanish-readability";

describe("spanishSyllables", () => {
  it("counts diphthongs as one syllable and hiatuses as two", () => {
    expect(spanishSyllables("casa")).toBe(2);
    expect(spanishSyllables("cuando")).toBe(2); // cuan-do
    expect(spanishSyllables("ciudad")).toBe(2); // ciu-dad
    expect(spanishSyllables("leer")).toBe(2); // le-er
    expect(spanishSyllables("día")).toBe(2); // dí-a
    expect(spanishSyllables("información")).toBe(4); // in-for-ma-ción
    expect(spanishSyllables("inteligencia")).toBe(5); // in-te-li-gen-cia
    expect(spanishSyllables("IA")).toBe(1);
  });
});

describe("fernandezHuerta", () => {
  it("scores short plain sentences as easy and long technical ones as hard", () => {
    const easy = "Usted puede decir que no. Pregunte en la recepción. Es gratis.";
    const hard =
      "La desidentificación de las imágenes radiológicas conforme a los perfiles de confidencialidad establecidos permite la reutilización secundaria en investigaciones biomédicas multicéntricas.";
    expect(fernandezHuerta(easy)).toBeGreaterThan(80);
    expect(fernandezHuerta(hard)).toBeLessThan(30);
  });
});
