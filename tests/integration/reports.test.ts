import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { formStamp } from "@/lib/reports/form-stamp";
import { decideReport, getReport, listReports, submitReport } from "@/lib/reports/data";
import { reportDecisionSchema, reportSchema } from "@/lib/reports/schema";
import { createFacility, createMember, createUser, nextIp, unique } from "./support/accounts";
import { createVersion } from "./support/disclosure-rows";
import { mailsTo, mailTo } from "./support/outbox";
import { createOpenReport, reportInput } from "./support/reports";

const moderator = () => createUser({ role: "MODERATOR" });
const reportsOn = (facility: { id: string }) =>
  db().inaccuracyReport.findMany({ where: { facilityId: facility.id }, orderBy: { createdAt: "asc" } });

describe("sending a report", () => {
  it("stores what the visitor sent, with the version they were reading and nothing about them", async () => {
    const facility = await createFacility();
    await createVersion(facility);
    const email = `${unique("reader")}@example.org`;

    const result = await submitReport(reportInput(facility.id, { versionNumber: "1", email, topic: "DATA_SHARING" }), nextIp());

    expect(result).toEqual({ outcome: "stored", slug: facility.slug });
    const [report, ...others] = await reportsOn(facility);
    expect(others).toEqual([]);
    expect(report).toMatchObject({ versionNumber: 1, topic: "DATA_SHARING", reporterEmail: email, status: "OPEN", decidedAt: null });
    expect(JSON.stringify(report)).not.toMatch(/10\.\d+\.\d+\.\d+/);
  });

  it("keeps no version that the facility does not have", async () => {
    const facility = await createFacility();
    await submitReport(reportInput(facility.id, { versionNumber: "7" }), nextIp());
    expect((await reportsOn(facility))[0]?.versionNumber).toBeNull();
  });

  it("answers a filled-in hidden field as if it were stored, and stores nothing", async () => {
    const facility = await createFacility();
    const result = await submitReport(reportInput(facility.id, { website: "https://spam.example" }), nextIp());
    expect(result).toEqual({ outcome: "ignored", slug: facility.slug });
    expect(await reportsOn(facility)).toEqual([]);
  });

  it("ignores a form the server never showed, and asks a too-quick sender to send again", async () => {
    const facility = await createFacility();
    const made = `${Date.now() - 60_000}.not-our-signature`;
    expect((await submitReport(reportInput(facility.id, { stamp: made }), nextIp())).outcome).toBe("ignored");
    expect((await submitReport(reportInput(facility.id, { stamp: "" }), nextIp())).outcome).toBe("ignored");
    expect((await submitReport(reportInput(facility.id, { stamp: formStamp() }), nextIp())).outcome).toBe("too-quick");
    expect(await reportsOn(facility)).toEqual([]);

    const shown = Date.now();
    expect((await submitReport(reportInput(facility.id, { stamp: formStamp(shown) }), nextIp(), shown + 2500)).outcome).toBe("stored");
  });

  it("refuses the 6th report from one address within an hour, saying how long to wait", async () => {
    const facility = await createFacility();
    const ip = nextIp();
    for (let count = 0; count < 5; count++) await submitReport(reportInput(facility.id), ip);

    const refused = await submitReport(reportInput(facility.id), ip).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    const seconds = (refused as RateLimitedError).retryAfterSeconds;
    expect(seconds).toBeGreaterThan(3000);
    expect(seconds).toBeLessThanOrEqual(3600);
    expect((refused as RateLimitedError).message).toMatch(/Try again in \d+ minutes/);
    expect(await reportsOn(facility)).toHaveLength(5);
    // Another address is not held back.
    await submitReport(reportInput(facility.id), nextIp());
    expect(await reportsOn(facility)).toHaveLength(6);
  });

  it("counts honeypot posts against the address too", async () => {
    const facility = await createFacility();
    const ip = nextIp();
    for (let count = 0; count < 5; count++) await submitReport(reportInput(facility.id, { website: "x" }), ip);
    await expect(submitReport(reportInput(facility.id), ip)).rejects.toThrow(RateLimitedError);
  });

  it("says which field is wrong", () => {
    const facilityId = crypto.randomUUID();
    const parsed = reportSchema.safeParse({
      facilityId,
      versionNumber: "",
      topic: "",
      description: " too short ",
      email: "not-an-address",
    });
    const byField = Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(byField).toEqual({
      topic: "Choose what the problem is about.",
      description: "Tell us what is wrong in at least 10 characters.",
      email: "Enter an email address like name@example.com, or leave it empty.",
    });
    const long = reportSchema.safeParse({ facilityId, topic: "OTHER", description: "x".repeat(2001), email: "" });
    expect(long.error!.issues.map((issue) => issue.path)).toEqual([["description"]]);
    expect(reportSchema.parse({ facilityId, topic: "OTHER", description: "  Wrong phone number.  ", email: "" })).toMatchObject({
      description: "Wrong phone number.",
      email: null,
      versionNumber: null,
    });
  });

  it("refuses a facility that does not exist", async () => {
    await expect(submitReport(reportInput(crypto.randomUUID()), nextIp())).rejects.toThrow(NotFoundError);
  });
});

describe("moderating reports", () => {
  it("a moderator lists open reports and resolves one; the sender is emailed and their address erased", async () => {
    const facility = await createFacility();
    const email = `${unique("reader")}@example.org`;
    await submitReport(reportInput(facility.id, { email }), nextIp());
    const [stored] = await reportsOn(facility);
    const decider = await moderator();

    const open = await listReports(decider, { status: "OPEN" });
    expect(open.map((report) => report.id)).toContain(stored!.id);
    const shown = await getReport(decider, stored!.id);
    expect(shown).toMatchObject({ wantsReply: true, facility: { slug: facility.slug }, currentVersion: null });
    expect(JSON.stringify(shown)).not.toContain(email);

    const note = "The facility confirmed patients can opt out; its disclosure is being corrected.";
    await decideReport(decider, reportDecisionSchema.parse({ id: stored!.id, decision: "resolve", note }), nextIp());

    expect(await db().inaccuracyReport.findUniqueOrThrow({ where: { id: stored!.id } })).toMatchObject({
      status: "RESOLVED",
      decidedById: decider.id,
      decisionNote: note,
      reporterEmail: null,
    });
    const mail = await mailTo(email, "your report about");
    expect(mail.text).toContain(note);
    expect(mail.text).toContain(`/facilities/${facility.slug}`);
    expect((await listReports(decider, { status: "OPEN" })).map((report) => report.id)).not.toContain(stored!.id);
    expect((await listReports(decider, { status: "RESOLVED" })).map((report) => report.id)).toContain(stored!.id);
  });

  it("dismissing needs a note; a report without an address sends no mail", async () => {
    const facility = await createFacility();
    const reportId = await createOpenReport(facility);
    expect(
      reportDecisionSchema.safeParse({ id: reportId, decision: "dismiss", note: "" }).error?.issues.map((issue) => issue.path),
    ).toEqual([["note"]]);
    const outbox = await db().outboxMessage.count();

    await decideReport(await moderator(), { id: reportId, decision: "dismiss", note: "The listing already says this." }, nextIp());

    expect((await db().inaccuracyReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("DISMISSED");
    expect(await db().outboxMessage.count()).toBe(outbox);
  });

  it("a report is decided once", async () => {
    const email = `${unique("reader")}@example.org`;
    const reportId = await createOpenReport(await createFacility(), email);
    await decideReport(await moderator(), { id: reportId, decision: "resolve", note: "" }, nextIp());
    const rows = await db().auditEvent.count();

    await expect(
      decideReport(await moderator(), { id: reportId, decision: "dismiss", note: "Not our concern." }, nextIp()),
    ).rejects.toThrow(ConflictError);
    expect(await db().auditEvent.count()).toBe(rows);
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it("a plain user and a facility admin can neither list, read nor decide reports", async () => {
    const facility = await createFacility();
    const reportId = await createOpenReport(facility, `${unique("reader")}@example.org`);
    for (const actor of [null, await createUser(), await createMember(facility, "FACILITY_ADMIN")]) {
      await expect(listReports(actor, {})).rejects.toThrow(ForbiddenError);
      await expect(getReport(actor, reportId)).rejects.toThrow(ForbiddenError);
      await expect(decideReport(actor, { id: reportId, decision: "dismiss", note: "Not accurate." }, nextIp())).rejects.toThrow(
        ForbiddenError,
      );
    }
    expect((await db().inaccuracyReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("OPEN");
  });
});
