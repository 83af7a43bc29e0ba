import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fetchDisclosure } from "@/lib/disclosures/data-fetch";
import { DISCLOSURE_SCHEMA_VERSION } from "@/lib/disclosures/schema";
import { draftProblems } from "@/lib/disclosures/validate";
import { WELL_KNOWN_PATH } from "@/lib/disclosures/well-known";
import { FieldError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createFacility, createMember, createUser, nextIp } from "./support/accounts";
import { completeDisclosure, given, withFiveMistakes } from "./support/disclosure";
import { rejectionOf } from "./support/disclosure-rows";
import { serveJson, setWebsite, startSite, type Site } from "./support/well-known-site";

const sites: Site[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.close()));
});

async function site(...args: Parameters<typeof startSite>): Promise<Site> {
  const started = await startSite(...args);
  sites.push(started);
  return started;
}

/** A facility whose website is `website`, and one of its admins. */
async function facilityAt(website: string | null) {
  const facility = await createFacility({ website });
  return { facilityId: facility.id, admin: await createMember(facility, "FACILITY_ADMIN") };
}

const draftOf = (facilityId: string) =>
  db().disclosureDraft.findUnique({ where: { facilityId }, select: { content: true, revision: true } });
const fetches = (facilityId: string) => db().auditEvent.count({ where: { action: "disclosure.fetched", subjectId: facilityId } });

/** The FieldError a refused fetch ends with, after checking that it wrote nothing. */
async function refusal(facilityId: string, actor: Awaited<ReturnType<typeof createUser>>): Promise<FieldError> {
  const error = await rejectionOf(fetchDisclosure(actor, facilityId, nextIp()));
  expect(error).toBeInstanceOf(FieldError);
  expect(await draftOf(facilityId)).toBeNull();
  expect(await fetches(facilityId)).toBe(0);
  return error as FieldError;
}

describe("fetching a facility's .well-known disclosure", () => {
  it("imports a valid file into the draft, for the admins to review and publish, and records who fetched what", async () => {
    const disclosure = completeDisclosure();
    const { origin, requests } = await site(serveJson(disclosure));
    const { facilityId, admin } = await facilityAt(`${origin}/about-us`);

    const fetched = await fetchDisclosure(admin, facilityId, nextIp());

    const url = `${origin}${WELL_KNOWN_PATH}`;
    expect(fetched).toEqual({ url, revision: 1, onTeam: true });
    expect(requests).toEqual([WELL_KNOWN_PATH]);
    expect(await draftOf(facilityId)).toEqual({ content: disclosure, revision: 1 });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "disclosure.fetched", subjectId: facilityId } });
    expect(event).toMatchObject({ actorId: admin.id, subjectType: "facility", details: { url, revision: 1 } });
  });

  it("lists every invalid answer, not just the first few, and writes nothing", async () => {
    const file = withFiveMistakes() as ReturnType<typeof completeDisclosure>;
    file.breaches = Array.from({ length: 8 }, () => ({ ...file.breaches[0]!, noticeDate: given("next week") }));
    const problems = draftProblems(file);
    expect(problems.length).toBeGreaterThan(10);
    const { facilityId, admin } = await facilityAt((await site(serveJson(file))).origin);

    const error = await refusal(facilityId, admin);

    expect(error.message).toMatch(new RegExp(`has ${problems.length} answers that are not valid; nothing was imported`));
    expect(error.problems).toHaveLength(problems.length);
    problems.forEach((problem, index) => expect(error.problems[index]).toContain(`(${problem.path}): ${problem.message}`));
    expect(error.problems).toContain(
      "AI tool 2: FDA submission number (aiTools.1.fdaNumber.value): An FDA number looks like K213456, DEN190040 or P200003.",
    );
  });

  it("refuses a file of another format", async () => {
    const { facilityId, admin } = await facilityAt((await site(serveJson({ schemaVersion: "0.9", practices: {} }))).origin);
    expect((await refusal(facilityId, admin)).message).toContain(`not a disclosure in format ${DISCLOSURE_SCHEMA_VERSION}`);
  });

  it.each([
    ["says it is too big", { "content-length": String(600 * 1024) }],
    ["does not say how big it is", { "transfer-encoding": "chunked" }],
  ])("refuses a file larger than 512 KB that %s, cutting the stream", async (_case, headers) => {
    let written = 0;
    const { origin } = await site((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", ...headers });
      const chunk = Buffer.alloc(64 * 1024, " ");
      // Far more than the limit, written as long as the client keeps reading.
      const write = () => {
        while (written < 20 * 1024 * 1024 && response.write(chunk)) written += chunk.length;
        if (written < 20 * 1024 * 1024) response.once("drain", write);
      };
      write();
    });
    const { facilityId, admin } = await facilityAt(origin);

    expect((await refusal(facilityId, admin)).message).toBe(
      `${origin}${WELL_KNOWN_PATH} is larger than 512 KB; a disclosure is much smaller.`,
    );
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it("gives up after 5 seconds in all, even while the file is arriving", async () => {
    const { origin } = await site((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"schemaVersion": ');
    });
    const { facilityId, admin } = await facilityAt(origin);

    const started = performance.now();
    const error = await refusal(facilityId, admin);
    expect(error.message).toBe(`${new URL(origin).host} did not send the file within 5 seconds.`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(4_900);
    expect(performance.now() - started).toBeLessThan(7_000);
  }, 15_000);

  it.each([
    ["a web page", "text/html; charset=utf-8", "<html>Our AI policy</html>", "is not JSON (it was sent as text/html; charset=utf-8"],
    ["text that is not JSON", "application/json", "{ not json", "is not valid JSON"],
  ])("refuses %s", async (_case, type, body, message) => {
    const { origin } = await site((_request, response) => {
      response.writeHead(200, { "content-type": type });
      response.end(body);
    });
    const { facilityId, admin } = await facilityAt(origin);
    expect((await refusal(facilityId, admin)).message).toContain(message);
  });

  it("says what the site answered when the file is not there", async () => {
    const { origin } = await site((_request, response) => {
      response.writeHead(404).end();
    });
    const { facilityId, admin } = await facilityAt(origin);
    expect((await refusal(facilityId, admin)).message).toBe(
      `${origin}${WELL_KNOWN_PATH} answered 404 Not Found: publish the file there first.`,
    );
  });

  it("says so when the facility has no website on record", async () => {
    const { facilityId, admin } = await facilityAt(null);
    expect((await refusal(facilityId, admin)).message).toMatch(/^This facility has no website on record/);
  });
});

describe("redirects", () => {
  const redirectTo =
    (location: string): Parameters<typeof startSite>[0] =>
    (_request, response) => {
      response.writeHead(302, { location }).end();
    };

  it("follows up to 3, each checked like the first", async () => {
    const final = await site(serveJson(completeDisclosure()));
    const second = await site(redirectTo(`${final.origin}/moved.json`));
    const first = await site(redirectTo(`${second.origin}/elsewhere`));
    const { facilityId, admin } = await facilityAt(first.origin);

    await fetchDisclosure(admin, facilityId, nextIp());

    expect([first.requests, second.requests, final.requests]).toEqual([[WELL_KNOWN_PATH], ["/elsewhere"], ["/moved.json"]]);
    expect(await draftOf(facilityId)).toMatchObject({ revision: 1 });
  });

  it("refuses a fourth", async () => {
    const loop = await site((request, response) => {
      response.writeHead(301, { location: `/hop${(request.url ?? "").length}` }).end();
    });
    const { facilityId, admin } = await facilityAt(loop.origin);

    expect((await refusal(facilityId, admin)).message).toBe(`${loop.origin}${WELL_KNOWN_PATH} redirected more than 3 times.`);
    expect(loop.requests).toHaveLength(4);
  });

  it.each([
    [
      "a private host name",
      (port: number) => `https://localhost:${port}/x.json`,
      /^localhost:\d+ is not on the public internet \(localhost resolves to/,
    ],
    [
      "a loopback address",
      (port: number) => `https://127.0.0.1:${port}/x.json`,
      /^https:\/\/127\.0\.0\.1:\d+\/x\.json is not on the public internet/,
    ],
    ["a private address", () => "https://10.1.2.3/x.json", /^https:\/\/10\.1\.2\.3\/x\.json is not on the public internet/],
    ["an IPv4-mapped loopback address", () => "https://[::ffff:127.0.0.1]/x.json", /is not on the public internet/],
    ["plain http elsewhere", () => "http://scanaware.test/x.json", /^http:\/\/scanaware\.test\/x\.json is not https/],
  ])("refuses one to %s, without connecting to it", async (_case, target, message) => {
    const inside = await site(serveJson(completeDisclosure()), { allowed: false });
    const port = Number(new URL(inside.origin).port);
    const { facilityId, admin } = await facilityAt((await site(redirectTo(target(port)))).origin);

    expect((await refusal(facilityId, admin)).message).toMatch(message);
    expect(inside.requests).toEqual([]);
  });
});

describe("without WELL_KNOWN_TEST_ORIGINS", () => {
  it.each([
    ["its address", (origin: string) => origin],
    ["a name for it", (origin: string) => origin.replace("http://127.0.0.1", "https://localhost")],
  ])("a site on loopback is refused by %s, and never asked", async (_case, website) => {
    const local = await site(serveJson(completeDisclosure()), { allowed: false });
    const { facilityId, admin } = await facilityAt(website(local.origin));

    expect((await refusal(facilityId, admin)).message).toMatch(/is not on the public internet/);
    expect(local.requests).toEqual([]);
  });
});

describe("who may fetch", () => {
  it("a moderator, for any facility: the draft is the facility's to review", async () => {
    const { origin } = await site(serveJson(completeDisclosure()));
    const { facilityId } = await facilityAt(origin);
    const moderator = await createUser({ role: "MODERATOR" });

    expect(await fetchDisclosure(moderator, facilityId, nextIp())).toMatchObject({ revision: 1, onTeam: false });
    expect(await db().auditEvent.count({ where: { action: "disclosure.fetched", subjectId: facilityId, actorId: moderator.id } })).toBe(1);
  });

  it.each([
    ["another facility's admin", NotFoundError, async () => createMember(await createFacility(), "FACILITY_ADMIN")],
    ["a signed-in user not on the team", NotFoundError, () => createUser()],
    ["the facility's editor", ForbiddenError, (facility: { id: string }) => createMember(facility, "EDITOR")],
  ])("not %s, before anything is fetched", async (_case, refusedWith, actorFor) => {
    const { origin, requests } = await site(serveJson(completeDisclosure()));
    const facility = await createFacility();
    await setWebsite(facility, origin);

    await expect(fetchDisclosure(await actorFor(facility), facility.id, nextIp())).rejects.toThrow(refusedWith);

    expect(requests).toEqual([]);
    expect(await draftOf(facility.id)).toBeNull();
    expect(await fetches(facility.id)).toBe(0);
  });
});
