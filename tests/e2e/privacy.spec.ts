import { expect, test } from "@playwright/test";
import { PATIENT_PAGES } from "./support/patient-pages";

// A patient reading about a facility tells no one else that they did: every request stays on
// our origin and no cookie is set without an account.

test("patient pages request nothing from another origin and set no cookie", async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const setCookies: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", async (response) => {
    for (const header of await response.headersArray())
      if (header.name.toLowerCase() === "set-cookie") setCookies.push(`${response.url()}: ${header.value}`);
  });

  for (const { name, path, ...rest } of PATIENT_PAGES) {
    const response = await page.goto(path);
    if ("optional" in rest && response?.status() === 404) {
      test.info().annotations.push({ type: "skipped page", description: `${name}: ${path} does not exist yet` });
      continue;
    }
    expect(response?.status(), `${name}: ${path}`).toBe(200);
    // Prefetches, fonts and images may start after the load event.
    await page.waitForLoadState("networkidle");

    // The Content-Security-Policy would block a foreign script or style sheet before it made a
    // request, so the markup is checked as well: the page must not even ask for one.
    const foreign = await page.evaluate((own) => {
      const urls = [
        ...Array.from(document.querySelectorAll<HTMLScriptElement>("script[src]"), (element) => element.src),
        // A canonical or alternate link names an address; it fetches nothing.
        ...Array.from(
          document.querySelectorAll<HTMLLinkElement>("link[href]:not([rel~=canonical], [rel~=alternate])"),
          (element) => element.href,
        ),
        ...Array.from(document.querySelectorAll<HTMLImageElement>("img[src], iframe[src]"), (element) => element.src),
      ];
      // @import and url() in our style sheets (fonts, images); a foreign sheet's rules cannot be read.
      const sheets = Array.from(document.styleSheets).flatMap((sheet) => {
        try {
          return Array.from(sheet.cssRules).flatMap((rule) => [
            ...(rule instanceof CSSImportRule ? [rule.href] : []),
            ...Array.from(rule.cssText.matchAll(/url\(\s*["']?(https?:[^)"']+)/g), (match) => match[1]!),
          ]);
        } catch {
          return [sheet.href ?? "an unreadable style sheet"];
        }
      });
      return [
        ...urls.filter((url) => /^https?:/.test(url) && new URL(url).origin !== own),
        ...sheets.filter((url) => !url.startsWith(own)),
      ];
    }, origin);
    expect(foreign, `${name}: references to other origins`).toEqual([]);
  }

  const offOrigin = requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
  expect(offOrigin, "requests to other origins").toEqual([]);
  expect(requests.length).toBeGreaterThan(PATIENT_PAGES.length);
  expect(setCookies, "Set-Cookie headers").toEqual([]);
  expect(await context.cookies(), "cookies in the browser").toEqual([]);
});
