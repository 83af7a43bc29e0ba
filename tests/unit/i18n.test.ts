import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isTranslated, localizedPath, ROOT_SEGMENTS, routeLocale } from "@/lib/i18n/locale-path";
import { messages } from "@/lib/i18n/messages";

describe("routeLocale", () => {
  it("serves English patient pages at the root and Spanish ones under /es", () => {
    expect(routeLocale("/")).toEqual({ kind: "translated", locale: "en", path: "/" });
    expect(routeLocale("/facilities/st-marys")).toEqual({ kind: "translated", locale: "en", path: "/facilities/st-marys" });
    expect(routeLocale("/es")).toEqual({ kind: "translated", locale: "es", path: "/" });
    expect(routeLocale("/es/compare")).toEqual({ kind: "translated", locale: "es", path: "/compare" });
    expect(routeLocale("/es/facilities/a/versions/3")).toEqual({ kind: "translated", locale: "es", path: "/facilities/a/versions/3" });
  });

  it("gives each page one address: /en/… redirects to the unprefixed page", () => {
    expect(routeLocale("/en")).toEqual({ kind: "redirect", path: "/" });
    expect(routeLocale("/en/methodology")).toEqual({ kind: "redirect", path: "/methodology" });
  });

  it("leaves staff pages, open data, feeds and the API alone, in any prefix", () => {
    for (const path of ["/sign-in", "/manage", "/data", "/api/v1/facilities", "/facilities/a/changes.atom"]) {
      expect(routeLocale(path), path).toEqual({ kind: "untranslated" });
    }
    // No such pages: the language only words their "not found" page.
    expect(routeLocale("/es/sign-in")).toEqual({ kind: "untranslated", locale: "es" });
    expect(routeLocale("/en/data")).toEqual({ kind: "untranslated", locale: "en" });
    expect(isTranslated("/stats/statistics.csv")).toBe(false);
  });

  it("does not take a two-letter page for a language", () => {
    expect(routeLocale("/fr/compare")).toEqual({ kind: "untranslated" });
  });

  it("knows a one-segment address that matches no page, so it is not taken for a language", () => {
    for (const path of ["/zzz", "/fr", "/wp-login.php", "/zzz/"]) expect(routeLocale(path), path).toEqual({ kind: "unknown" });
    for (const path of ["/sign-in", "/sign-in/", "/data", "/robots.txt", "/_not-found", "/zzz/yyy"]) {
      expect(routeLocale(path).kind, path).toBe("untranslated");
    }
  });

  it("lists the first segment of every page, route and public file outside app/[locale]", () => {
    // Route groups "(name)" add no segment: look inside them.
    const roots = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        if (!entry.isDirectory()) return [];
        if (/^\(.+\)$/.test(entry.name)) return roots(path.join(dir, entry.name));
        return entry.name.startsWith("[") ? [] : [entry.name];
      });
    const files = fs.readdirSync("public");
    expect([...ROOT_SEGMENTS].sort()).toEqual([...new Set([...roots("app"), ...files, "_next", "_not-found", "favicon.ico"])].sort());
  });
});

describe("localizedPath", () => {
  it("prefixes every language but English", () => {
    expect(localizedPath("/", "es")).toBe("/es");
    expect(localizedPath("/compare?f=a&f=b", "es")).toBe("/es/compare?f=a&f=b");
    expect(localizedPath("/compare?f=a", "en")).toBe("/compare?f=a");
  });
});

function leaves(tree: unknown, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(name, value);
    else for (const [inner, text] of leaves(value, name)) found.set(inner, text);
  }
  return found;
}

// The arguments a message takes ("{count}", "{name}", tags), from its parsed tree, plural branches too.
function argumentsOf(text: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type !== TYPE.literal && element.type !== TYPE.pound) names.add(element.value);
      if ("options" in element) for (const option of Object.values(element.options)) visit(option.value);
      if ("children" in element) visit(element.children);
    }
  };
  visit(parse(text));
  return [...names].sort();
}

describe("messages", () => {
  const english = leaves(messages.en);
  const spanish = leaves(messages.es);

  it("has every English message in Spanish, and nothing else", () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has no Spanish message left empty or copied untranslated from English", () => {
    const same = [...english].filter(([key, text]) => text.length > 12 && spanish.get(key) === text).map(([key]) => key);
    expect(same).toEqual([]);
    expect([...spanish].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it("parses every message and gives the Spanish one the same arguments", () => {
    for (const [key, text] of english) {
      const translated = spanish.get(key) ?? "";
      expect(argumentsOf(translated), key).toEqual(argumentsOf(text));
    }
  });
});
