import { db } from "@/lib/db";
import { formStamp } from "@/lib/reports/form-stamp";
import { reportSchema, type ReportInput } from "@/lib/reports/schema";

// Reports of inaccuracies: the form a visitor would send, shown long enough ago to pass the
// too-quick check, and open reports made directly with Prisma for tests that decide them.

export const SHOWN_A_MINUTE_AGO = () => formStamp(Date.now() - 60_000);

export function reportInput(facilityId: string, fields: Record<string, string> = {}): ReportInput {
  return reportSchema.parse({
    facilityId,
    versionNumber: "",
    topic: "OPT_OUT",
    description: "The page says there is no way to opt out, but the front desk offered me one.",
    email: "",
    website: "",
    stamp: SHOWN_A_MINUTE_AGO(),
    ...fields,
  });
}

/** An open report on the facility; `email` is where the sender wants the reply. */
export async function createOpenReport(facility: { id: string }, email: string | null = null): Promise<string> {
  const report = await db().inaccuracyReport.create({
    data: { facilityId: facility.id, topic: "RETENTION", description: "The retention period listed is wrong.", reporterEmail: email },
    select: { id: true },
  });
  return report.id;
}
