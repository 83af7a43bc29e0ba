import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";

// The public API as a developer finds it: the reference page, the document it is made from, a
// search answered with a cursor, and the feed a patient can follow a facility with.

test("the API reference lists every endpoint from the OpenAPI document", async ({ page, request }) => {
  await page.goto("/developers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API reference");
  const document = await (await request.get("/api/v1/openapi.json")).json();
  const endpoints = page.getByRole("region", { name: "Endpoints" });
  for (const operation of Object.values(document.paths) as { get: { summary: string } }[]) {
    await expect(endpoints.getByRole("heading", { level: 3, name: operation.get.summary, exact: true })).toBeVisible();
  }
  await page.getByRole("region", { name: "One facility" }).getByRole("link", { name: "Facility", exact: true }).click();
  await expect(page).toHaveURL(/#schema-Facility$/);
  await expect(page.getByRole("heading", { name: "Facility", exact: true })).toBeInViewport();
  await expectAccessible(page);
});

test("the API reference reads in full without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/developers");
  await expect(page.getByRole("region", { name: "Endpoints" }).getByRole("heading", { level: 3 })).toHaveCount(8);
  await context.close();
});

test("a search pages by cursor, and answers 304 to a client that holds it", async ({ request }) => {
  const first = await request.get("/api/v1/facilities?state=AL&limit=5");
  expect(first.status()).toBe(200);
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  const body = await first.json();
  expect(body.data).toHaveLength(5);
  const second = await (await request.get(body.nextUrl.replace(/^https?:\/\/[^/]+/, ""))).json();
  expect(second.data.map((f: { id: string }) => f.id)).not.toContain(body.data[0].id);
  const again = await request.get("/api/v1/facilities?state=AL&limit=5", { headers: { "If-None-Match": first.headers().etag! } });
  expect(again.status()).toBe(304);
});

test("a patient can follow a facility in a feed reader", async ({ page, request }) => {
  await page.goto("/facilities?q=flowers+hospital+dothan");
  await page.getByRole("link", { name: "Flowers Hospital" }).click();
  const feedLink = page.getByRole("link", { name: "Follow changes (Atom feed)" });
  const feed = await request.get((await feedLink.getAttribute("href"))!);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(await feed.text()).toContain("Flowers Hospital was added to the directory");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /changes\.atom$/);
});
