import { test } from "@playwright/test";

const pages = [
  { name: "home", path: "/" },
  { name: "search", path: "/facilities?q=st+marys+hospitl" },
  { name: "search-near", path: "/facilities?near=36301&radius=25" },
  { name: "facility", path: "/facilities/southeast-health-medical-center-dothan-al" },
  { name: "search-errors", path: "/facilities?q=mercy&radius=-5&near=ABCDE" },
];

for (const { name, path } of pages) {
  test(`screenshot: ${name}`, async ({ page }) => {
    for (const [device, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await page.screenshot({ path: `docs/screenshots/${name}-${device}.png`, fullPage: true });
    }
  });
}
