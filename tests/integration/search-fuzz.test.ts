import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { GET } from "@/app/api/v1/facilities/route";
import { importCmsFile } from "@/lib/facilities/cms-import";
import { DOTHAN_ROW, writeCmsFile } from "../support/cms-files";

beforeAll(async () => {
  await importCmsFile(writeCmsFile([DOTHAN_ROW]));
});

const names = ["q", "near", "radius", "unit", "state", "kind", "disclosure", "sort", "page", "other"];
const values = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    "",
    " ",
    "36301",
    "00000",
    "AL",
    "HOSPITAL",
    "km",
    "distance",
    "disclosed",
    "st marys hospitl",
    "'; DROP TABLE facility; --",
    "\u0000",
    "a:*&|!()",
  ),
);

it("answers any query string with 200 or a 400 problem, never a server error", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names), values), { maxLength: 6 }), async (pairs) => {
      const params = new URLSearchParams(pairs);
      const response = await GET(new Request(`http://localhost/api/v1/facilities?${params}`));
      expect([200, 400], params.toString()).toContain(response.status);
      if (response.status === 400) expect(response.headers.get("content-type")).toBe("application/problem+json");
    }),
    { numRuns: 300 },
  );
}, 120_000);
