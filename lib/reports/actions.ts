"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/form-action";
import { decideReport, submitReport } from "./data";
import { reportDecisionSchema, reportSchema } from "./schema";

export const submitReportAction = formAction(reportSchema, async (input, { ip, typed }) => {
  const { outcome, slug } = await submitReport(input, ip);
  if (outcome === "too-quick")
    return { formError: "That was quicker than we expected. Check your report, then send it again.", values: typed };
  // A bot's post lands on the same thanks as a person's.
  redirect(`/facilities/${slug}/report?sent=1`);
});

export const decideReportAction = formAction(reportDecisionSchema, async (input, { actor, ip }) => {
  await decideReport(actor, input, ip);
  revalidatePath("/moderation", "layout");
  redirect(`/moderation/reports?decided=${input.decision === "resolve" ? "resolved" : "dismissed"}`);
});
