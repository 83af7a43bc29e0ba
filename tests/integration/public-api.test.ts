import { beforeAll, describe, expect, it } from "vitest";
import { GET as facilityFeed } from "@/app/(english)/(public)/facilities/[slug]/changes.atom/route";
import { GET as siteFeed } from "@/app/feeds/changes.atom/route";
import { GET as stateFeed } from "@/app/feeds/states/[file]/route";
import { db } from "@/lib/db";
import { publishSampleDisclosures } from "@/lib/disclosures/data-samples";
import { hideVersion } from "@/lib/disclosures/data-versions";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import { createSampleFacilities } from "@/lib/facilities/data";
import { importCmsFile } from "@/lib/facilities/cms-import";
import { sampleFacilities } from "@/lib/facilities/samples";
import { api, everyPage, validateDocument } from "./support/api";
import { createUser, nextIp } from "./support/accounts";
import { SHIPPED_CMS_FILE } from "../support/cms-files";
import { completePatch, given } from "./support/disclosure";
import { publishComplete, team, type Team } from "./support/disclosure-rows";

// The public API end to end through its route handlers, every answer checked against the
// OpenAPI document (tests/integration/support/api.ts).

let cloudy: Team; // publishes the complete disclosure: one tool in a vendor's cloud, one on-site
let onSite: Team; // one on-site mammography tool, opt-out not offered
let withdrawn: Team; // published twice; a moderator withdrew version 2

beforeAll(async () => {
  await importCmsFile(SHIPPED_CMS_FILE);
  await createSampleFacilities(sampleFacilities);
  await publishSampleDisclosures(sampleDisclosure);
  [cloudy, onSite, withdrawn] = [await team(), await team(), await team()];
  await publishComplete(cloudy);
  const patch = completePatch();
  patch.aiTools = [{ ...patch.aiTools[1]!, modalities: given(["MG"]), vendor: "Breast Vision Ltd" }];
  patch.practices.optOut.offered = given(false);
  await publishComplete(onSite, patch);
  await publishComplete(withdrawn);
  await publishComplete(withdrawn);
  const version = await db().disclosureVersion.findFirstOrThrow({ where: { facilityId: withdrawn.f, number: 2 } });
  await hideVersion(await createUser({ role: "MODERATOR" }), version.id, "Published for the wrong facility", nextIp());
}, 120_000);

it("publishes a valid OpenAPI 3.1 document", async () => {
  const result = await validateDocument();
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
});

describe("GET /facilities", () => {
  it("searches like the site does", async () => {
    const { body } = await api.search("q=dothan&state=AL");
    expect(body.data.map((f: { name: string }) => f.name).sort()).toEqual(["Flowers Hospital", "Southeast Health Medical Center"]);
    expect(body).toMatchObject({ total: 2, totalIsCapped: false, distanceUnit: null });
    expect(body.next).toBeUndefined();
  });

  it("pages with a cursor through every match once, in a stable order", async () => {
    const all = (await api.search("state=AL&limit=200")).body.data.map((f: { id: string }) => f.id);
    expect(all.length).toBeGreaterThan(50);
    const paged = await everyPage("state=AL&limit=7", api.search);
    expect(paged.map((f) => (f as { id: string }).id)).toEqual(all);
  });

  it("refuses a cursor from another search, and names every bad parameter", async () => {
    const { body } = await api.search("state=AL&limit=5");
    const other = await api.search(`state=AK&cursor=${body.next}`);
    expect(other.response.status).toBe(400);
    expect(other.body.invalidParams).toEqual([{ name: "cursor", reason: expect.stringContaining("Not a cursor") }]);
    const bad = await api.search("radius=-5&near=abc&limit=0&onSiteOnly=maybe&modality=XX");
    expect(bad.response.headers.get("content-type")).toBe("application/problem+json");
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "limit",
      "modality",
      "near",
      "onSiteOnly",
      "radius",
    ]);
  });

  it("filters on what facilities disclosed", async () => {
    const ids = async (query: string) => (await everyPage(query, api.search)).map((f) => (f as { id: string }).id);
    expect(await ids("onSiteOnly=true&state=IL")).toEqual(expect.arrayContaining([onSite.f]));
    expect(await ids("onSiteOnly=true&state=IL")).not.toContain(cloudy.f);
    expect(await ids("modality=MG&state=IL")).toEqual([onSite.f]);
    const optingOut = await ids("optOut=true&state=IL");
    expect(optingOut).toEqual(expect.arrayContaining([cloudy.f, withdrawn.f]));
    expect(optingOut).not.toContain(onSite.f);
    // Training: the complete disclosure does not know whether scans are shared for training.
    expect(await ids("noTraining=true&state=IL")).toEqual([]);
  });
});

describe("GET /facilities/{id}", () => {
  it("finds a facility by UUID, CCN or NPI, with its current disclosure's key facts", async () => {
    const flowers = (await api.search("q=flowers+hospital+dothan")).body.data[0];
    const byId = await api.facility(flowers.id);
    expect(byId.body.data).toMatchObject({ name: "Flowers Hospital", ccn: expect.stringMatching(/^\d{6}$/), disclosure: null });
    expect((await api.facility(byId.body.data.ccn)).body.data.id).toBe(flowers.id);

    await db().facility.update({ where: { id: cloudy.f }, data: { npi: "1234567893" } });
    const { body } = await api.facility("1234567893");
    expect(body.data).toMatchObject({
      id: cloudy.f,
      disclosure: {
        versionNumber: 1,
        usesAi: "yes",
        aiToolCount: 2,
        aiRunsWhere: ["on_site", "vendor_cloud"],
        aiTrainingSharing: "unknown",
      },
    });
  });

  it("answers 404 for an unknown id and 400 for one that cannot be an id", async () => {
    expect((await api.facility("00000000-0000-4000-8000-000000000000")).response.status).toBe(404);
    const malformed = await api.facility("not-an-id");
    expect(malformed.response.status).toBe(400);
    expect(malformed.body.invalidParams[0]).toMatchObject({ name: "id", reason: expect.stringContaining("NPI") });
  });

  it("answers 304 to a client that already holds the current answer", async () => {
    const first = await api.facility(cloudy.f);
    const etag = first.response.headers.get("etag")!;
    expect(first.response.headers.get("access-control-allow-origin")).toBe("*");
    expect((await api.facility(cloudy.f, { "If-None-Match": etag })).response.status).toBe(304);
    const lastModified = first.response.headers.get("last-modified")!;
    expect((await api.facility(cloudy.f, { "If-Modified-Since": lastModified })).response.status).toBe(304);
    // A new version changes the answer.
    await publishComplete(cloudy);
    expect((await api.facility(cloudy.f, { "If-None-Match": etag })).response.status).toBe(200);
  });
});

describe("versions", () => {
  it("lists every version and shows a withdrawn one without its content", async () => {
    const { body } = await api.versions(withdrawn.f);
    expect(body.data.map((v: { number: number; withdrawnReason: string | null }) => [v.number, v.withdrawnReason])).toEqual([
      [2, "Published for the wrong facility"],
      [1, null],
    ]);
    expect((await api.version(withdrawn.f, "2")).body.data).toMatchObject({ content: null, withdrawnAt: expect.any(String) });
    expect((await api.version(withdrawn.f, "1")).body.data.content.practices.usesAi).toEqual(given(true));
    expect((await api.facility(withdrawn.f)).body.data.disclosure.versionNumber).toBe(1);
    expect((await api.version(withdrawn.f, "3")).response.status).toBe(404);
    expect((await api.version(withdrawn.f, "0")).response.status).toBe(400);
  });
});

describe("GET /ai-tools", () => {
  it("lists the tools of current disclosures across facilities, without sample data", async () => {
    const tools = await everyPage("limit=1", api.aiTools);
    const facilities = new Set(tools.map((tool) => (tool as { facilityId: string }).facilityId));
    expect([...facilities].sort()).toEqual([cloudy.f, onSite.f, withdrawn.f].sort());
    expect(tools).toHaveLength(5);
  });

  it("filters by vendor (ignoring case), FDA number, where it runs and vendor training", async () => {
    const names = async (query: string) =>
      (await api.aiTools(query)).body.data.map((tool: { facilityId: string; productName: string }) => tool.facilityId);
    expect(await names("vendor=breast+vision+ltd")).toEqual([onSite.f]);
    expect((await names("fdaNumber=k213456")).sort()).toEqual([cloudy.f, withdrawn.f].sort());
    expect(await names("runsWhere=on_site")).toHaveLength(3);
    expect(await names("vendorTraining=declined")).toHaveLength(3);
    const bad = await api.aiTools("runsWhere=moon&fdaNumber=123");
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["fdaNumber", "runsWhere"]);
  });
});

describe("GET /changes", () => {
  it("lists additions, publications and withdrawals in order, and continues after the last one seen", async () => {
    const all = await everyPage("limit=200", api.changes);
    const ids = all.map((change) => BigInt((change as { id: string }).id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    const mine = (facility: string) =>
      all
        .filter((change) => (change as { facility: { id: string } }).facility.id === facility)
        .map((change) => (change as { kind: string }).kind);
    expect(mine(withdrawn.f)).toEqual(["facility.added", "disclosure.published", "disclosure.published", "disclosure.withdrawn"]);
    // Sample facilities are not news.
    const samples = await db().facility.findMany({ where: { isSample: true }, select: { id: true } });
    expect(all.some((change) => samples.some((s) => s.id === (change as { facility: { id: string } }).facility.id))).toBe(false);

    const last = (all.at(-1) as { id: string }).id;
    expect((await api.changes(`since=${last}`)).body.data).toEqual([]);
    await publishComplete(onSite);
    const { body } = await api.changes(`since=${last}&facility=${onSite.f}`);
    expect(body.data).toEqual([expect.objectContaining({ kind: "disclosure.published", versionNumber: 2 })]);
  });
});

it("answers statistics in the documented shape, without sample facilities", async () => {
  const { body } = await api.stats();
  // Two tools each by now: the change feed's test republished the on-site facility in full.
  expect(body.data).toMatchObject({ excludesSampleFacilities: true, disclosed: 3, tools: 6 });
});

describe("Atom feeds", () => {
  const titles = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<title[^>]*>(?:<!\[CDATA\[)?([^<\]]*)/g)].map((match) => match[1] ?? "");

  it("follow one facility, a state, or everything, newest first", async () => {
    const slug = (await db().facility.findUniqueOrThrow({ where: { id: withdrawn.f } })).slug;
    const response = await facilityFeed(new Request(`http://scanaware.test/facilities/${slug}/changes.atom`), {
      params: Promise.resolve({ slug }),
    });
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(titles(xml)).toEqual([
      expect.stringMatching(/^Version 2 of .* was withdrawn by a moderator$/),
      expect.stringMatching(/published version 2 of its AI disclosure$/),
      expect.stringMatching(/published version 1 of its AI disclosure$/),
      expect.stringMatching(/was added to the directory$/),
    ]);

    const illinois = await (
      await stateFeed(new Request("http://scanaware.test/feeds/states/IL.atom"), { params: Promise.resolve({ file: "IL.atom" }) })
    ).text();
    expect(titles(illinois).length).toBeGreaterThan(3);
    const alaska = await (
      await stateFeed(new Request("http://scanaware.test/feeds/states/AK.atom"), { params: Promise.resolve({ file: "AK.atom" }) })
    ).text();
    expect(titles(alaska).every((title) => title.endsWith("was added to the directory"))).toBe(true);
    expect(
      (await stateFeed(new Request("http://scanaware.test/feeds/states/XX.atom"), { params: Promise.resolve({ file: "XX.atom" }) })).status,
    ).toBe(404);
    expect(titles(await (await siteFeed(new Request("http://scanaware.test/feeds/changes.atom"))).text())).toHaveLength(50);
  });
});
