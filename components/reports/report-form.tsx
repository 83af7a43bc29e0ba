import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextArea, TextField } from "@/components/forms/fields";
import { submitReportAction } from "@/lib/reports/actions";
import { HONEYPOT_FIELD, REPORT_TOPICS } from "@/lib/reports/schema";

/**
 * The public report form. `stamp` says when it was shown (signed on the server); the hidden
 * "Leave this empty" field catches bots that fill in every input. People never reach it: it is
 * off screen, hidden from screen readers and skipped by the Tab key.
 */
export async function ReportForm({
  facilityId,
  versionNumber,
  stamp,
}: {
  facilityId: string;
  versionNumber: number | null;
  stamp: string;
}) {
  const t = await getTranslations("report");
  const words = { problem: t("form.problem"), wait: t("form.wait"), optional: t("form.optional"), choose: t("form.choose") };
  const topics = REPORT_TOPICS.map((value) => ({ value, label: t(`topics.${value}`) }));
  return (
    <ActionForm action={submitReportAction} submitLabel={t("form.send")} words={words}>
      <input type="hidden" name="facilityId" value={facilityId} />
      <input type="hidden" name="versionNumber" value={versionNumber ?? ""} />
      <input type="hidden" name="stamp" value={stamp} />
      <SelectField name="topic" label={t("form.topic")} hint={t("form.topicHint")} options={topics} />
      <TextArea name="description" label={t("form.description")} hint={t("form.descriptionHint")} rows={6} />
      <TextField name="email" label={t("form.email")} type="email" autoComplete="email" required={false} hint={t("form.emailHint")} />
      <div aria-hidden="true" className="sr-only">
        <label htmlFor={HONEYPOT_FIELD}>{t("form.honeypot")}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </ActionForm>
  );
}
