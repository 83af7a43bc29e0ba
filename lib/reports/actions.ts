"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RateLimitedError } from "@/lib/errors";
import { formAction } from "@/lib/forms/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { localizedPath } from "@/lib/i18n/locale-path";
import { decideReport, submitReport } from "./data";
import { reportDecisionSchema, reportErrorKey, reportSchema } from "./schema";

const sendReport = formAction(reportSchema, async (input, { ip, typed }) => {
  const t = await getTranslations("report.refused");
  let sent: Awaited<ReturnType<typeof submitReport>>;
  try {
    sent = await submitReport(input, ip);
  } catch (error) {
    // Worded here rather than by lib/errors, which speaks English only.
    if (!(error instanceof RateLimitedError)) throw error;
    return { formError: t("tooMany", { minutes: Math.ceil(error.retryAfterSeconds / 60) }), values: typed };
  }
  if (sent.outcome === "too-quick") return { formError: t("tooQuick"), values: typed };
  // A bot's post lands on the same thanks as a person's.
  redirect(localizedPath(`/facilities/${sent.slug}/report?sent=1`, await getLocale()));
});

/** The report form posts to its page, so the page's language is the one to answer in. */
export async function submitReportAction(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await sendReport(previous, formData);
  const t = await getTranslations("report.errors");
  const inLanguage = (message: string) => {
    const key = reportErrorKey(message);
    return key ? t(key) : message;
  };
  return {
    ...state,
    formError: state.formError && inLanguage(state.formError),
    fieldErrors:
      state.fieldErrors && Object.fromEntries(Object.entries(state.fieldErrors).map(([field, message]) => [field, inLanguage(message)])),
  };
}

export const decideReportAction = formAction(reportDecisionSchema, async (input, { actor, ip }) => {
  await decideReport(actor, input, ip);
  revalidatePath("/moderation", "layout");
  redirect(`/moderation/reports?decided=${input.decision === "resolve" ? "resolved" : "dismissed"}`);
});
