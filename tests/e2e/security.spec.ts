import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { e2eQuery } from "./database";
import { accountWithPassword, address, PASSWORD, submitSignIn } from "./support/accounts";

const sessionCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name.endsWith("scanaware.session"));

test("every page carries the security headers, with a fresh script nonce each time", async ({ request }) => {
  const nonces = [];
  for (const path of ["/", "/facilities?q=mercy", "/sign-in", "/api/health"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // The e2e server is a production build: browsers are told to use https only.
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{8}/);
    if (path.startsWith("/api/")) continue;
    const policy = headers["content-security-policy"]!;
    for (const directive of ["base-uri 'none'", "frame-ancestors 'none'", "object-src 'none'", "default-src 'self'"]) {
      expect(policy).toContain(directive);
    }
    const scriptSrc = policy.split(";").find((directive) => directive.trim().startsWith("script-src"))!;
    expect(scriptSrc).not.toContain("unsafe-inline");
    const nonce = scriptSrc.match(/'nonce-([^']+)'/)![1]!;
    nonces.push(nonce);
    // Every script Next.js renders carries this response's nonce, and no other.
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
});

test("a signed-in session is an HttpOnly, SameSite=Lax cookie", async ({ page }) => {
  const email = await accountWithPassword();
  await submitSignIn(page, email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "My facilities" })).toBeVisible();
  const cookie = await sessionCookie(page);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // Signing out ends it.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "For facilities: sign in" })).toBeVisible();
  expect(await sessionCookie(page)).toBeUndefined();
});

/** The sign-in form's fields as a browser without JavaScript would post them, with the right password. */
async function signInForm(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const html = await (await request.get("/sign-in")).text();
  const form = html.slice(html.indexOf("<form", html.indexOf('id="main"')));
  const fields: Record<string, string> = {};
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fields[name!] = (value ?? "").replaceAll("&quot;", '"');
  }
  return { ...fields, email, password: PASSWORD };
}

for (const origin of [undefined, "null", "https://evil.example"]) {
  test(`a form posted with ${origin ? `Origin: ${origin}` : "no Origin"} is refused with 403 and changes nothing`, async ({
    request,
    baseURL,
  }) => {
    const email = await accountWithPassword();
    const multipart = await signInForm(request, email);
    const forged = await request.post("/sign-in", { multipart, headers: origin ? { Origin: origin } : {}, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain("This form was not accepted");
    expect(forged.headers()["set-cookie"] ?? "").not.toContain("scanaware.session");
    const { rows } = await e2eQuery("SELECT count(*)::int AS n FROM audit_event WHERE actor_email = $1", [email]);
    expect(rows[0].n).toBe(0);

    // The same post from the site itself signs in: the refusal above was the origin's doing.
    const genuine = await request.post("/sign-in", { multipart, headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
    expect(genuine.status()).toBe(303);
    expect(genuine.headers()["set-cookie"]).toContain("scanaware.session");
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a wrong password is explained next to the field, and the email address is kept", async ({ page }) => {
    const email = await accountWithPassword();
    await submitSignIn(page, email, "not the password at all");
    await expect(page.getByText("Error: The email address or the password is not right.")).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveValue(email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    expect(await sessionCookie(page)).toBeUndefined();

    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My facilities" })).toBeVisible();
  });
});

test("a hospital's single sign-on opens an account with a confirmed address", async ({ page }) => {
  const email = address("sso.user");
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Hospital SSO" }).click();
  // The provider's own (development) login and consent pages.
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("any password: the provider checks it, not ScanAware");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "My facilities" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText(`${email} (confirmed)`)).toBeVisible();
  const { rows } = await e2eQuery(
    "SELECT count(*)::int AS n FROM audit_event WHERE actor_email = $1 AND action = 'account.sso-signed-in'",
    [email],
  );
  expect(rows[0].n).toBe(1);
});
