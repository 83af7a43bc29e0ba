import type { Page } from "@playwright/test";

/**
 * The explanatory text of the page's `main`, one block per line, each ending as a sentence:
 * paragraphs, list items, headings, labels and captions. Data is left out, since its words are
 * not ours to simplify: tables, code, addresses, and names of facilities (links to them, and the
 * facility page's own heading).
 */
export function explanatoryText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const BLOCKS = "h1, p, li, dt, dd, h2, h3, h4, label, legend, summary, figcaption";
    const DATA =
      "table, pre, code, kbd, samp, address, svg, a[href^='/facilities/'], a[href^='/es/facilities/'], main [lang='en'], [data-readability='skip']";
    const main = document.querySelector("main")!;
    const onFacilityPage = /^(\/es)?\/facilities\/[^/]+$/.test(location.pathname);
    const blocks = Array.from(main.querySelectorAll<HTMLElement>(BLOCKS)).filter(
      (block) => !block.closest(DATA) && !block.querySelector(BLOCKS) && (!onFacilityPage || block.tagName !== "H1"),
    );
    return blocks
      .map((block) => {
        const copy = block.cloneNode(true) as HTMLElement;
        // Text a facility wrote itself, marked with its language, is not ours to simplify either.
        for (const data of copy.querySelectorAll(`${DATA}, [lang]`)) data.remove();
        const text = (copy.textContent ?? "").replace(/\s+/g, " ").trim();
        // The formula counts sentences by their full stops; a heading or a list item is one too.
        return /[.?!]$/.test(text) ? text : text.replace(/[:;,]?$/, ".");
      })
      .filter((text) => text.split(" ").length > 1)
      .join("\n");
  });
}
