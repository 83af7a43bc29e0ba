import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { GET as aiTools } from "@/app/api/v1/ai-tools/route";
import { GET as changes } from "@/app/api/v1/changes/route";
import { GET as exportFile } from "@/app/api/v1/exports/[file]/route";
import { GET as versionRoute } from "@/app/api/v1/facilities/[id]/versions/[number]/route";
import { GET as versionsRoute } from "@/app/api/v1/facilities/[id]/versions/route";
import { GET as facilityRoute } from "@/app/api/v1/facilities/[id]/route";
import { GET as search } from "@/app/api/v1/facilities/route";
import { GET as stats } from "@/app/api/v1/stats/route";
import { encodeCursor } from "@/lib/api/cursor";
import { importCmsFile } from "@/lib/facilities/cms-import";
import { DOTHAN_ROW, writeCmsFile } from "../support/cms-files";
import { publishComplete, team } from "./support/disclosure-rows";

// Thousands of generated query strings and path segments to every endpoint: a client's mistake
// is a 400 (or 404) problem, never a server error.

const RUNS = 2_000;
let known: string; // a facility with a published version

beforeAll(async () => {
  await importCmsFile(writeCmsFile([DOTHAN_ROW]));
  const facility = await team();
  await publishComplete(facility);
  known = facility.f;
}, 60_000);

const words = fc.constantFrom(
  "",
  " ",
  "36301",
  "00000",
  "AL",
  "HOSPITAL",
  "km",
  "true",
  "false",
  "on_site",
  "declined",
  "K213456",
  "CT",
  "disclosed",
  "st marys hospitl",
  "'; DROP TABLE facility; --",
  "\u0000",
  "a:*&|!()",
  "-1",
  "1e309",
  "99999999999999999999",
  encodeCursor(5, "x"),
  encodeCursor({ facilityId: "not-a-uuid", position: -1 }, "y"),
  "facilities.csv",
  "ai-tools.ndjson",
  "disclosures-all.json",
  "datapackage.json",
);
const values = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.integer().map(String), fc.double().map(String), words);
const query = (names: string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...names, "other"), values), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString());
const segment = fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: "grapheme", minLength: 1 }), words.filter(Boolean), fc.uuid());

// Read when the request is made: the known facility exists only once beforeAll has run.
const facilityId = fc.oneof(
  segment.map((id) => () => id),
  fc.constantFrom(
    () => known,
    () => "010001",
    () => known.toUpperCase(),
  ),
);

const SEARCH = ["q", "near", "radius", "unit", "state", "kind", "disclosure", "onSiteOnly", "noTraining", "optOut", "modality", "sort"];
const endpoints: { name: string; call: fc.Arbitrary<() => Promise<Response>> }[] = [
  { name: "/facilities", call: query([...SEARCH, "limit", "cursor"]).map((q) => () => search(req(`/facilities?${q}`))) },
  {
    name: "/facilities/{id}",
    call: facilityId.map((id) => () => facilityRoute(req(`/facilities/x`), path({ id: id() }))),
  },
  {
    name: "/facilities/{id}/versions",
    call: facilityId.map((id) => () => versionsRoute(req("/facilities/x/versions"), path({ id: id() }))),
  },
  {
    name: "/facilities/{id}/versions/{number}",
    call: fc.tuple(facilityId, fc.oneof(segment, fc.constantFrom("1", "2", "0"))).map(
      ([id, number]) =>
        () =>
          versionRoute(req("/facilities/x/versions/1"), path({ id: id(), number })),
    ),
  },
  {
    name: "/ai-tools",
    call: query(["vendor", "fdaNumber", "runsWhere", "vendorTraining", "limit", "cursor"]).map((q) => () => aiTools(req(`/ai-tools?${q}`))),
  },
  { name: "/changes", call: query(["since", "state", "facility", "limit"]).map((q) => () => changes(req(`/changes?${q}`))) },
  { name: "/exports/{file}", call: segment.map((file) => () => exportFile(req("/exports/x"), path({ file }))) },
  { name: "/stats", call: query(["format"]).map((q) => () => stats(req(`/stats?${q}`))) },
];

function req(pathAndQuery: string) {
  return new Request(`http://scanaware.test/api/v1${pathAndQuery}`);
}

function path<T extends Record<string, string>>(params: T) {
  return { params: Promise.resolve(params) };
}

for (const endpoint of endpoints) {
  it(`${endpoint.name}: ${RUNS} generated requests, no server error`, async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(endpoint.call, async (call) => {
        const response = await call();
        statuses.add(response.status);
        // A server error's cause is in the log line the API handler writes just before.
        expect(response.status, endpoint.name).toBeLessThan(500);
        if (response.status >= 400) expect(response.headers.get("content-type")).toBe("application/problem+json");
        await response.body?.cancel();
      }),
      { numRuns: RUNS },
    );
    // The generated requests reached the endpoint's real work, not only its refusals.
    expect([...statuses], `statuses seen: ${[...statuses].join(", ")}`).toContain(200);
  }, 300_000);
}
