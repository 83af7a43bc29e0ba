import { describe, expect, it } from "vitest";
import { cacheablePage, isEmptyNotFound, notFoundAddress, pageCacheKey, withNonce, type CachedPage } from "@/lib/page-cache/rules";
import { PageStore } from "@/lib/page-cache/store";

const POLICY = "default-src 'self'; script-src 'self' 'nonce-AAAAAAAAAAAAAAAAAAAAAA==' 'strict-dynamic'";
const HTML = '<html><script nonce="AAAAAAAAAAAAAAAAAAAAAA==">self.__next_f.push([1,"nonce"])</script></html>';
const rendered = (headers: Record<string, string | string[]> = {}, status = 200) =>
  cacheablePage(
    status,
    { "content-type": "text/html; charset=utf-8", "content-security-policy": POLICY, "x-request-id": "one", date: "now", ...headers },
    Buffer.from(HTML),
  );
const page = (body: string): CachedPage => ({ headers: {}, body, nonce: "N", renderedAt: 0 });

describe("pageCacheKey", () => {
  const browser = { host: "scanaware.example", "accept-encoding": "gzip, br", "user-agent": "Firefox" };

  it("keys an anonymous visitor's patient pages, in both languages, by their address", () => {
    for (const url of [
      "/",
      "/facilities?state=MN&onSiteOnly=true",
      "/facilities/mayo-clinic",
      "/es/compare?f=a&f=b",
      "/stats",
      "/facilities?q=",
    ]) {
      expect(pageCacheKey("GET", url, browser)).toEqual({ key: url, keep: true });
    }
  });

  it("leaves staff pages, open data, the API and the /en redirects to Next.js", () => {
    for (const url of ["/sign-in", "/manage", "/data", "/api/v1/facilities", "/en/facilities", "/developers"]) {
      expect(pageCacheKey("GET", url, browser)).toBeUndefined();
    }
  });

  it("never answers a signed-in person, a client-side navigation or a write", () => {
    expect(pageCacheKey("GET", "/", { ...browser, cookie: "authjs.session-token=x" })).toBeUndefined();
    expect(pageCacheKey("GET", "/", { ...browser, authorization: "Bearer x" })).toBeUndefined();
    expect(pageCacheKey("GET", "/", { ...browser, rsc: "1" })).toBeUndefined();
    expect(pageCacheKey("GET", "/", { ...browser, "next-router-prefetch": "1" })).toBeUndefined();
    expect(pageCacheKey("GET", "/facilities?_rsc=abc", browser)).toBeUndefined();
    expect(pageCacheKey("POST", "/facilities/x/report", browser)).toBeUndefined();
    expect(pageCacheKey("HEAD", "/", browser)).toBeUndefined();
    expect(pageCacheKey("GET", "//elsewhere.example/facilities", browser)).toBeUndefined();
    expect(pageCacheKey("GET", `/facilities?q=${"x".repeat(3_000)}`, browser)).toBeUndefined();
  });

  it("never keeps what a patient typed, only shares its render with whoever asks at that moment", () => {
    for (const url of ["/facilities?q=mayo", "/es/facilities?near=55905&radius=25", "/facilities?state=MN&q=x"]) {
      expect(pageCacheKey("GET", url, browser)).toEqual({ key: url, keep: false });
    }
  });

  it("never keeps the report form: it carries the moment it was served", () => {
    expect(pageCacheKey("GET", "/es/facilities/mayo/report?version=2", browser)).toEqual({
      key: "/es/facilities/mayo/report?version=2",
      keep: false,
    });
  });

  it("leaves an address it cannot read to Next.js", () => {
    expect(pageCacheKey("GET", "/\\[", browser)).toBeUndefined();
    expect(pageCacheKey("GET", "/\\x:99999", browser)).toBeUndefined();
  });

  it("leaves crawlers to Next.js, which renders their pages' metadata differently", () => {
    for (const agent of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "facebookexternalhit/1.1",
      "Bingbot/2.0",
    ]) {
      expect(pageCacheKey("GET", "/", { ...browser, "user-agent": agent })).toBeUndefined();
    }
  });
});

describe("cacheablePage", () => {
  it("keeps a plain 200 page without the headers of that one response", () => {
    const kept = rendered();
    expect(kept?.nonce).toBe("AAAAAAAAAAAAAAAAAAAAAA==");
    expect(kept?.renderedAt).toBeGreaterThan(0);
    expect(kept?.headers).toEqual({ "content-type": "text/html; charset=utf-8", "content-security-policy": POLICY });
  });

  it("refuses errors, cookies, compressed bodies and pages without a nonce", () => {
    expect(rendered({}, 404)).toBeUndefined();
    expect(rendered({}, 503)).toBeUndefined();
    expect(rendered({ "set-cookie": ["a=b"] })).toBeUndefined();
    expect(rendered({ "content-encoding": "gzip" })).toBeUndefined();
    expect(rendered({ "content-security-policy": "default-src 'self'" })).toBeUndefined();
    expect(rendered({ "content-type": "application/json" })).toBeUndefined();
  });
});

describe("withNonce", () => {
  it("gives every copy its own nonce, in the policy and on every script, and nothing else changes", () => {
    const kept = rendered()!;
    const copy = withNonce(kept, "BBBBBBBBBBBBBBBBBBBBBB==");
    expect(copy.headers["content-security-policy"]).toBe(POLICY.replace("AAAAAAAAAAAAAAAAAAAAAA==", "BBBBBBBBBBBBBBBBBBBBBB=="));
    expect(copy.body).toBe(HTML.replace("AAAAAAAAAAAAAAAAAAAAAA==", "BBBBBBBBBBBBBBBBBBBBBB=="));
    expect(kept.body).toBe(HTML);
    expect(copy.headers.age).toBeUndefined();
  });

  it("swaps the nonce in every header that carries it", () => {
    const kept = rendered({ link: '</style.css>; rel=preload; as="style"; nonce="AAAAAAAAAAAAAAAAAAAAAA=="' })!;
    expect(withNonce(kept, "B").headers.link).toBe('</style.css>; rel=preload; as="style"; nonce="B"');
  });

  it("says how old a copy from memory is, in whole seconds", () => {
    const kept = rendered()!;
    expect(withNonce(kept, "B", kept.renderedAt + 2_500).headers.age).toBe("2");
  });
});

describe("PageStore", () => {
  it("renders a page once for concurrent visitors and keeps it", async () => {
    const store = new PageStore({ seconds: 30, megabytes: 1 });
    let renders = 0;
    const render = () => store.render("/", async () => ({ page: page(`render ${++renders}`) }));
    const first = render();
    expect(await store.rendering("/")).toEqual(page("render 1"));
    await first;
    expect(store.get("/")).toEqual(page("render 1"));
    expect(renders).toBe(1);
  });

  it("forgets pages when cleared and after their time", async () => {
    const store = new PageStore({ seconds: 0.2, megabytes: 1 });
    await store.render("/", async () => ({ page: page("a") }));
    expect(store.get("/")).toBeDefined();
    store.clear();
    expect(store.get("/")).toBeUndefined();
    await store.render("/", async () => ({ page: page("b") }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.get("/")).toEqual(page("b"));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(store.get("/")).toBeUndefined();
  });

  it("does not let a visitor wait for a render that began before a change", async () => {
    const store = new PageStore({ seconds: 30, megabytes: 1 });
    let finish: (value: { page: CachedPage }) => void = () => {};
    const before = store.render("/", () => new Promise<{ page: CachedPage }>((resolve) => (finish = resolve)));
    store.clear();
    expect(store.rendering("/")).toBeUndefined();
    finish({ page: page("before the change") });
    await before;
    expect(store.get("/")).toBeUndefined();
  });

  it("does not keep a page rendered while something changed", async () => {
    const store = new PageStore({ seconds: 30, megabytes: 1 });
    await store.render("/", async () => {
      store.clear(); // a publication finishing during the render
      return { page: page("before the change") };
    });
    expect(store.get("/")).toBeUndefined();
  });

  it("keeps within its memory, dropping the least recently read pages", async () => {
    const store = new PageStore({ seconds: 30, megabytes: 1 });
    for (const key of ["a", "b", "c"]) await store.render(key, async () => ({ page: page("x".repeat(150_000)) }));
    expect(store.get("a")).toBeDefined(); // read: now the most recent
    await store.render("d", async () => ({ page: page("x".repeat(150_000)) }));
    expect(["a", "b", "c", "d"].map((key) => store.get(key) !== undefined)).toEqual([true, false, true, true]);
  });

  it("shares a typed search's render with visitors asking at once, then forgets it", async () => {
    const store = new PageStore({ seconds: 30, megabytes: 1 });
    const search = store.render("/facilities?q=mercy", async () => ({ page: page("results") }), false);
    expect(await store.rendering("/facilities?q=mercy")).toEqual(page("results"));
    await search;
    expect(store.get("/facilities?q=mercy")).toBeUndefined();
    expect(store.rendering("/facilities?q=mercy")).toBeUndefined();
  });

  it("keeps nothing for a response it may not keep, and recovers from a failed render", async () => {
    const store = new PageStore({ seconds: 30, megabytes: 1 });
    expect(await store.render("/", async () => ({ status: 404, page: undefined }))).toEqual({ status: 404, page: undefined });
    await expect(store.render("/", () => Promise.reject(new Error("closing")))).rejects.toThrow("closing");
    expect(store.get("/")).toBeUndefined();
    expect(store.rendering("/")).toBeUndefined();
  });
});

describe("the not-found page without JavaScript", () => {
  it("recognises Next.js's empty error shell, and only as a 404", () => {
    const shell = Buffer.from('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>');
    expect(isEmptyNotFound(404, shell)).toBe(true);
    expect(isEmptyNotFound(500, shell)).toBe(false);
    expect(isEmptyNotFound(404, Buffer.from('<!DOCTYPE html><html lang="en"><body><h1>Page not found</h1>'))).toBe(false);
  });

  it("asks for an address that matches no page, in the visitor's language", () => {
    expect(notFoundAddress("/facilities/gone")).toBe("/_not-found");
    expect(notFoundAddress("/es/facilities/gone/versions/2?x=1")).toBe("/es/_not-found");
  });
});
