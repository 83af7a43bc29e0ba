import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/stats/bar-chart";
import { DirectorySections } from "@/components/stats/directory-sections";
import { StatFigure } from "@/components/stats/stat-figure";
import type { Locale } from "@/lib/i18n/routing";
import { buildStatistics } from "@/lib/stats/build";
import type { Counts, StatSection } from "@/lib/stats/statistics";

// The chart is drawn on the server: its words must be in the markup, not left to a browser.

const section: StatSection = {
  key: "opt_out_offered",
  counted: "facilities",
  rows: [
    { key: "yes", label: "Yes", count: 3, outOf: 4, answered: true },
    { key: "no", label: "No", count: 0, outOf: 4, answered: true },
    { key: "unknown", label: "Unknown", count: 1, outOf: 4, answered: false },
  ],
};

describe("BarChart", () => {
  const svg = renderToStaticMarkup(
    createElement(BarChart, { id: "chart-test", rows: section.rows, summary: "Bar chart. Yes: 3 of 4 (75%).", locale: "en" }),
  );

  it("is one image named by its summary, with each bar's label and number written on it", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Bar chart. Yes: 3 of 4 \(75%\)."/);
    for (const text of ["Yes", "No", "Unknown", "3 of 4 (75%)", "0 of 4 (0%)", "1 of 4 (25%)"]) expect(svg).toContain(`>${text}</tspan>`);
  });

  it("hatches the bars of answers not given, and still draws a sliver for zero", () => {
    expect(svg.match(/fill="url\(#chart-test-hatch\)"/g)).toHaveLength(1);
    expect(svg).toMatch(/<rect [^>]*width="2"/);
  });
});

describe("StatFigure", () => {
  it("puts the same numbers in a table under its caption", () => {
    const html = renderToStaticMarkup(
      createElement(StatFigure, { section, caption: "Can patients opt out?", labelHeading: "Answer", locale: "en" }),
    );
    expect(html).toMatch(/^<figure[^>]*><figcaption[^>]*><span[^>]*>Can patients opt out\?<\/span>/);
    expect(html).toContain('<th scope="col" class="py-2 pr-4">Share of 4 facilities</th>');
    expect(html).toMatch(/<th scope="row"[^>]*>Unknown<\/th><td[^>]*>1<\/td><td[^>]*>25%<\/td>/);
  });
});

describe("DirectorySections", () => {
  const counts = (disclosed: number): Counts => ({
    computedAt: new Date("2026-11-26T21:05:00Z"),
    facilities: [
      { state: "TX", kind: "HOSPITAL", listed: 400, disclosed },
      { state: "AK", kind: "HOSPITAL", listed: 20, disclosed: 0 },
    ],
    ...{ usesAi: [], aiTrainingSharing: [], optOutOffered: [], runsWhere: [], vendorTraining: [], cloudRegions: [], vendors: [] },
    tools: 0,
    facilitiesWithTools: 0,
  });
  const render = (disclosed: number, locale: Locale = "en") =>
    renderToStaticMarkup(createElement(DirectorySections, { statistics: buildStatistics(counts(disclosed), locale), locale }));

  it("says how many have disclosed, and draws nothing while none has", () => {
    const none = render(0);
    expect(none).toContain(
      '<strong class="text-3xl font-bold">0</strong> of 420 facilities in the directory have published a disclosure (0%).',
    );
    expect(none).not.toContain("<figure");
  });

  it("charts only the states with disclosures, and lists every state in a table", () => {
    const some = render(1);
    expect(some).toContain("The state with disclosures");
    expect(some).toContain('aria-label="Bar chart. Texas: 1 of 400 (less than 1%)."');
    expect(some).toMatch(/<caption[^>]*>Every state and territory<\/caption>.*Alaska.*Texas/);
  });

  it("speaks the Spanish page's language, numbers and shares included", () => {
    const some = render(1, "es");
    expect(some).toContain(
      '<strong class="text-3xl font-bold">1</strong> de 420 centros del directorio ha publicado una declaración (menos del 1%).',
    );
    expect(some).toContain('aria-label="Gráfico de barras. Texas: 1 de 400 (menos del 1%)."');
    expect(some).toContain('<th scope="col" class="py-2 pr-4">Con declaración</th>');
    expect(some).toMatch(/<caption[^>]*>Todos los estados y territorios<\/caption>/);
    expect(some).not.toMatch(/ of |facilit|Bar chart/);
  });
});
