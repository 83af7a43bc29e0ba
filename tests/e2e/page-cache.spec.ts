import { expect, test, type APIResponse } from "@playwright/test";
import { startApp } from "../support/app-process";
import { databaseUrl, E2E_DATABASE, startTestServer } from "../support/test-database";
import { accountWithPassword, PASSWORD, submitSignIn } from "./support/accounts";

// Patient pages are kept in memory for a few seconds for anonymous visitors (lib/page-cache): a
// copy from memory carries an Age header and must be the same page with its own script nonce.

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

test("the next visitor gets the page from memory, the same page with a script nonce of its own", async ({ request }) => {
  const url = `/facilities?state=VT&ref=memory-test-${Date.now()}`;
  const first = await request.get(url);
  const second = await request.get(url);
  expect(first.status()).toBe(200);
  expect(first.headers()["age"]).toBeUndefined();
  expect(second.status()).toBe(200);
  expect(Number(second.headers()["age"])).toBeGreaterThanOrEqual(0);

  const [firstNonce, secondNonce] = [nonceOf(first), nonceOf(second)];
  expect(firstNonce).toBeTruthy();
  expect(secondNonce).not.toBe(firstNonce);
  const [firstHtml, secondHtml] = [await first.text(), await second.text()];
  // Every script carries its own response's nonce, and nothing else differs.
  expect(new Set(secondHtml.match(/nonce="[^"]*"/g))).toEqual(new Set([`nonce="${secondNonce}"`]));
  expect(secondHtml.replaceAll(secondNonce!, firstNonce!)).toBe(firstHtml);
});

test("a page from memory runs its scripts: the policy lets exactly them in", async ({ page, request }) => {
  const url = "/methodology";
  await request.get(url);
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { violations });
    document.addEventListener("securitypolicyviolation", (event) => violations.push(event.blockedURI));
  });
  const response = await page.goto(url);
  expect(response?.headers()["age"]).toBeDefined();
  // Next.js's runtime started (its scripts ran), and the browser blocked nothing.
  await expect.poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version)).toBe("string");
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  // The Spanish page is kept apart from the English one.
  await page.goto("/es/methodology");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

test("a signed-in person always gets their own page, never a visitor's copy", async ({ browser, request }) => {
  await request.get("/compare");
  expect((await request.get("/compare")).headers()["age"]).toBeDefined();

  const email = await accountWithPassword("page.cache", "Casey Cache");
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "My facilities" })).toBeVisible();
  const response = await page.goto("/compare");
  expect(response?.headers()["age"]).toBeUndefined();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("what a patient types is never kept: the next visitor's search is rendered afresh", async ({ request }) => {
  for (const url of ["/facilities?q=mercy", "/es/facilities?near=05401&radius=25"]) {
    await request.get(url);
    const again = await request.get(url);
    expect(again.status()).toBe(200);
    expect(again.headers()["age"]).toBeUndefined();
  }
});

test("a change made on one server empties the page cache of every server on the same database", async ({ browser }) => {
  test.setTimeout(180_000);
  const database = databaseUrl((await startTestServer()).adminUrl, E2E_DATABASE);
  const second = await startApp(database, undefined, { PAGE_CACHE_SECONDS: "600" });
  try {
    const url = `${second.baseUrl}/methodology?ref=two-servers`;
    await fetch(url);
    expect((await fetch(url)).headers.get("age")).not.toBeNull();

    // Any post by a signed-in person on the first server counts as a change: here, signing out.
    const email = await accountWithPassword("page.cache.signal", "Sam Signal");
    const page = await (await browser.newContext()).newPage();
    await submitSignIn(page, email, PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "My facilities" })).toBeVisible();
    // Still in memory just before (signing in is no change: the person was not signed in yet).
    await fetch(url);
    expect((await fetch(url)).headers.get("age")).not.toBeNull();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "For facilities: sign in" })).toBeVisible();

    // The second server heard of it and renders the page again.
    await expect.poll(async () => (await fetch(url)).headers.get("age"), { timeout: 5_000 }).toBeNull();
  } finally {
    expect(await second.stop()).toBe(0);
  }
});
