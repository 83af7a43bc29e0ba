import { beforeAll, describe, expect, it } from "vitest";
import { GET as getFacility } from "@/app/api/v1/facilities/[id]/route";
import { GET as search } from "@/app/api/v1/facilities/route";
import { importCmsFile } from "@/lib/facilities/cms-import";
import { SHIPPED_CMS_FILE } from "../support/cms-files";

beforeAll(async () => {
  await importCmsFile(SHIPPED_CMS_FILE);
}, 60_000);

const get = (query: string) => search(new Request(`http://localhost/api/v1/facilities?${query}`));
const one = (id: string) => getFacility(new Request(`http://localhost/api/v1/facilities/${id}`), { params: Promise.resolve({ id }) });

describe("GET /api/v1/facilities", () => {
  it("searches like the site does", async () => {
    const response = await get("q=dothan&state=AL");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.map((f: { name: string }) => f.name).sort()).toEqual(["Flowers Hospital", "Southeast Health Medical Center"]);
    expect(body).toMatchObject({ page: 1, pageCount: 1, total: 2, totalIsCapped: false, distanceUnit: null });
  });

  it("answers bad parameters with a 400 problem naming each of them", async () => {
    const response = await get("radius=-5&near=abc&sort=random");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.json();
    expect(body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["near", "radius", "sort"]);
  });

  it("says when a ZIP code is unknown", async () => {
    const response = await get("near=00000");
    expect(response.status).toBe(400);
    expect((await response.json()).invalidParams).toEqual([{ name: "near", reason: "Unknown ZIP code" }]);
  });
});

describe("GET /api/v1/facilities/{id}", () => {
  it("returns one facility, 404 for an unknown id and 400 for a malformed one", async () => {
    const { data } = await (await get("q=flowers+hospital+dothan")).json();
    const found = await one(data[0].id);
    expect(found.status).toBe(200);
    expect((await found.json()).data).toMatchObject({
      name: "Flowers Hospital",
      ccn: expect.stringMatching(/^\d{6}$/),
      source: "CMS_IMPORT",
    });

    expect((await one("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const malformed = await one("not-a-uuid");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).invalidParams).toEqual([{ name: "id", reason: "Expected a facility id (a UUID)" }]);
  });
});
