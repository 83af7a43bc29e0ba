import { expect, test } from "@playwright/test";
import readability from "text-readability";
import { explanatoryText } from "./support/readability";
import { PATIENT_PAGES } from "./support/patient-pages";

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
