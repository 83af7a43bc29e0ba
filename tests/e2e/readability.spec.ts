import { expect, test } from "@playwright/test";
import readability from "text-readability";
import { explanatoryText } from "./support/readability";
import { PATIENT_PAGES } from "./support/patient-pages";
import { fernandezHuerta } from "./support/spanish-readability";

// Patients read these pages: their explanations aim at a US grade 8 reading level (Flesch-Kincaid).
// The open data and API pages are references for developers and stay out of it.
const MAX_GRADE = 8;
const READ_BY_PATIENTS = PATIENT_PAGES.filter(({ name }) => name !== "open data" && name !== "developers");

for (const { name, path, ...rest } of READ_BY_PATIENTS) {
  test(`the ${name} page reads at grade ${MAX_GRADE} or below`, async ({ page }) => {
    const response = await page.goto(path);
    test.skip("optional" in rest && response?.status() === 404, `${path} does not exist yet`);
    const text = await explanatoryText(page);
    expect(readability.lexiconCount(text), "words measured").toBeGreaterThan(15);
    const grade = readability.fleschKincaidGrade(text);
    test.info().annotations.push({ type: "Flesch-Kincaid grade", description: String(grade) });
    expect(grade, text).toBeLessThanOrEqual(MAX_GRADE);
  });
}

// The same pages in Spanish: Fernández Huerta's reading ease of at least 60 ("normal", about the
// same grades).
const MIN_EASE = 60;
for (const { name, path } of READ_BY_PATIENTS) {
  test(`the ${name} page in Spanish reads with an ease of ${MIN_EASE} or more`, async ({ page }) => {
    await page.goto(path === "/" ? "/es" : `/es${path}`);
    const text = await explanatoryText(page);
    expect(text.split(/\s+/).length, "words measured").toBeGreaterThan(15);
    const ease = fernandezHuerta(text);
    test.info().annotations.push({ type: "Fernández Huerta", description: ease.toFixed(1) });
    expect(ease, text).toBeGreaterThanOrEqual(MIN_EASE);
  });
}
