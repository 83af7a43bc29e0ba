import "server-only";
import { requireModerator, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appLink } from "@/lib/mail/links";
import { reportDecisionMessage } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { consume } from "@/lib/rate-limits/data";
import { stampAge } from "./form-stamp";
import { HONEYPOT_FIELD, topicLabel, type ReportDecisionInput, type ReportInput, type ReportStatusValue } from "./schema";

/** Nobody reads a form and writes a report faster than this. */
export const MIN_FORM_MS = 2000;

/**
 * "ignored": a bot's post (the hidden field filled in, or a form the server never showed), answered
 * like a stored one so the bot learns nothing. "too-quick": sent faster than a person could.
 */
export type SubmitOutcome = "stored" | "ignored" | "too-quick";

/**
 * Anyone may report, without an account. The address only counts against the limits (hashed, in
 * rate_limit); the report itself keeps no trace of the sender.
 */
export async function submitReport(input: ReportInput, ip: string, now = Date.now()): Promise<{ outcome: SubmitOutcome; slug: string }> {
  await consume("reportsPerIpHour", ip);
  await consume("reportsPerIpDay", ip);
  const facility = await db().facility.findUnique({
    where: { id: input.facilityId },
    select: {
      id: true,
      slug: true,
      versions: input.versionNumber ? { where: { number: input.versionNumber }, select: { number: true } } : undefined,
    },
  });
  if (!facility) throw new NotFoundError("No such facility.");
  const age = stampAge(input.stamp, now);
  if (input[HONEYPOT_FIELD] || age === null) return { outcome: "ignored", slug: facility.slug };
  if (age < MIN_FORM_MS) return { outcome: "too-quick", slug: facility.slug };
  await db().inaccuracyReport.create({
    data: {
      facilityId: facility.id,
      versionNumber: facility.versions?.[0]?.number ?? null,
      topic: input.topic,
      description: input.description,
      reporterEmail: input.email,
    },
    select: { id: true },
  });
  return { outcome: "stored", slug: facility.slug };
}

const reportListSelect = {
  id: true,
  topic: true,
  description: true,
  status: true,
  createdAt: true,
  decidedAt: true,
  versionNumber: true,
  facility: { select: { name: true, slug: true, city: true, state: true } },
  decidedBy: { select: { email: true } },
} satisfies Prisma.InaccuracyReportSelect;

export async function listReports(actor: Actor, filter: { status?: ReportStatusValue }) {
  requireModerator(actor);
  return db().inaccuracyReport.findMany({
    where: { status: filter.status },
    orderBy: filter.status === "OPEN" ? { createdAt: "asc" } : { createdAt: "desc" },
    take: 100,
    select: reportListSelect,
  });
}

/** A report for a moderator: whether the sender can be answered, never their address. */
export async function getReport(actor: Actor, id: string) {
  requireModerator(actor);
  const report = await db().inaccuracyReport.findUnique({
    where: { id },
    select: {
      ...reportListSelect,
      decisionNote: true,
      reporterEmail: true,
      facility: {
        select: {
          name: true,
          slug: true,
          city: true,
          state: true,
          versions: { where: { hiddenAt: null }, orderBy: { number: "desc" }, take: 1, select: { number: true } },
        },
      },
    },
  });
  if (!report) throw new NotFoundError("No such report.");
  const { reporterEmail, facility, ...rest } = report;
  const { versions, ...place } = facility;
  return { ...rest, facility: place, currentVersion: versions[0]?.number ?? null, wantsReply: reporterEmail !== null };
}

/**
 * Resolves (the listing was corrected or the facility asked to correct it) or dismisses an open
 * report. The sender, if they left an address, gets the decision and note; the address is erased
 * in the same update, since replying was its only use.
 */
export async function decideReport(actor: Actor, input: ReportDecisionInput, ip: string): Promise<void> {
  const moderator = requireModerator(actor);
  const resolved = input.decision === "resolve";
  const report = await db().$transaction(async (tx) => {
    const report = await tx.inaccuracyReport.findUnique({
      where: { id: input.id },
      select: { id: true, topic: true, reporterEmail: true, facility: { select: { id: true, name: true, slug: true } } },
    });
    if (!report) throw new NotFoundError("No such report.");
    const { count } = await tx.inaccuracyReport.updateMany({
      where: { id: report.id, status: "OPEN" },
      data: {
        status: resolved ? "RESOLVED" : "DISMISSED",
        decidedById: moderator.id,
        decidedAt: new Date(),
        decisionNote: input.note || null,
        reporterEmail: null,
      },
    });
    if (count !== 1) throw new ConflictError("This report has already been decided.");
    await recordAudit(tx, {
      actor: moderator,
      ip,
      action: resolved ? "report.resolved" : "report.dismissed",
      subjectType: "inaccuracy_report",
      subjectId: report.id,
      details: { facilityId: report.facility.id, topic: report.topic, note: input.note, repliedByEmail: report.reporterEmail !== null },
    });
    return report;
  });
  if (report.reporterEmail)
    await sendMail(
      reportDecisionMessage(
        report.reporterEmail,
        report.facility.name,
        topicLabel(report.topic),
        resolved,
        input.note,
        appLink(`/facilities/${report.facility.slug}`),
      ),
    );
}
