import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** No WCAG 2.2 A or AA violation that axe can find on the page as it is now. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation Next.js sets the new title a moment after the content.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations, `${page.url()}: ${results.violations.map((violation) => violation.id).join(", ")}`).toEqual([]);
}
