import { expect, test } from "@playwright/test";

test("a facility page prints as a sheet of questions, without navigation", async ({ page }) => {
  await page.goto("/facilities/southeast-health-medical-center-dothan-al");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Questions to ask this facility" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  const pdf = (await page.pdf({ format: "Letter" })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length;
  expect(pages, "printed pages").toBe(1);
});
