import { expect, type Page } from "@playwright/test";

/** The fieldset of one question, found by its label. */
export const question = (page: Page, label: string | RegExp) => page.getByRole("group", { name: label, exact: typeof label === "string" });

export async function choose(page: Page, label: string | RegExp, option: string) {
  await question(page, label).getByLabel(option, { exact: true }).check();
}

export async function type(page: Page, label: string | RegExp, text: string) {
  await question(page, label).getByRole("textbox").first().fill(text);
}

/**
 * Answers every question left blank on the page with "Unknown", as a person who does not know
 * would: it is an answer patients see as such, never as "no".
 */
export async function answerTheRestUnknown(page: Page) {
  const questions = page.locator("form fieldset[data-question]");
  for (const fieldset of await questions.all()) {
    const answered = await fieldset.evaluate((node) => {
      const picked = node.querySelector('input[type="radio"]:checked:not([value=""]), input[type="checkbox"]:checked');
      const typed = [
        ...node.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input[type=text], input[type=url], input[type=date], textarea"),
      ].some((input) => input.value.trim() !== "");
      return Boolean(picked) || typed;
    });
    const unknown = fieldset.getByLabel("Unknown", { exact: true });
    if (!answered && (await unknown.count())) await unknown.check();
  }
}

/** Saves the step and waits for the next one, as a person would before doing anything else. */
export async function saveAndContinue(page: Page, button: string | RegExp) {
  const before = page.url();
  await page.getByRole("button", { name: button }).click();
  await expect(page).not.toHaveURL(before);
}
