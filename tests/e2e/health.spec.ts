import { expect, test } from "@playwright/test";

test("liveness and readiness answer as JSON with a request id", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  expect(health.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready" });
});

test("an unknown page is a 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

test("an unknown page, or an old link to a facility that is gone, reads without JavaScript too, in Spanish under /es", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  for (const [path, heading] of [
    ["/no-such-page", "Page not found"],
    ["/fr", "Page not found"],
    ["/no/such/page", "Page not found"],
    ["/es/no-such-page", "Página no encontrada"],
    ["/facilities/no-such-facility", "Page not found"],
    ["/es/facilities/no-such-facility", "Página no encontrada"],
    ["/facilities/no-such-facility/versions/7", "Page not found"],
    ["/facilities/no-such-facility/report", "Page not found"],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading!);
    await expect(page.getByRole("link", { name: /home page|página de inicio/i }), path).toBeVisible();
  }
});
