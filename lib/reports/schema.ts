import { z } from "zod";
import english from "@/lib/i18n/messages/en/report.json";

// Shared by the report form, the moderators' pages and the server. Its words are the English
// messages of the report form (lib/i18n/messages/en/report.json): moderators read English, and the
// form's action words a message in the page's language by its key (reportErrorKey).

export const REPORT_TOPICS = [
  "AI_USE",
  "WHERE_AI_RUNS",
  "DATA_SHARING",
  "OPT_OUT",
  "RETENTION",
  "BREACHES",
  "FACILITY_DETAILS",
  "OTHER",
] as const;

export type ReportTopicValue = (typeof REPORT_TOPICS)[number];

export const topicLabel = (value: ReportTopicValue) => english.topics[value];

const ERRORS = english.errors;
type ReportErrorKey = keyof typeof ERRORS;

/** Which of the schema's messages this is, to word it in another language; undefined for any other. */
export const reportErrorKey = (message: string) => (Object.keys(ERRORS) as ReportErrorKey[]).find((key) => ERRORS[key] === message);

/** The field bots fill in and people never see. */
export const HONEYPOT_FIELD = "website";

export const reportSchema = z.object({
  facilityId: z.uuid({ error: ERRORS.facility }),
  versionNumber: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.coerce.number({ error: ERRORS.version }).int().positive().nullable(),
  ),
  topic: z.enum(REPORT_TOPICS, { error: ERRORS.topic }),
  description: z.string().trim().min(10, { error: ERRORS.descriptionShort }).max(2000, { error: ERRORS.descriptionLong }),
  email: z.union([z.literal(""), z.email({ error: ERRORS.email }).max(254)]).transform((value) => value || null),
  [HONEYPOT_FIELD]: z.string().optional().default(""),
  /** When the form was shown, signed by the server (lib/reports/form-stamp.ts). */
  stamp: z.string().optional().default(""),
});

export type ReportInput = z.infer<typeof reportSchema>;

export const reportDecisionSchema = z
  .object({
    id: z.uuid({ error: "Not a report we know." }),
    decision: z.enum(["resolve", "dismiss"], { error: "Choose resolved or dismissed." }),
    note: z.string().trim().max(1000, { error: "Use at most 1,000 characters." }),
  })
  .refine((input) => input.decision === "resolve" || input.note.length >= 5, {
    path: ["note"],
    error: "Say why it is dismissed, in a sentence the person who reported it may read.",
  });

export type ReportDecisionInput = z.infer<typeof reportDecisionSchema>;

export const REPORT_STATUSES = ["OPEN", "RESOLVED", "DISMISSED"] as const;
export type ReportStatusValue = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatusValue, string> = {
  OPEN: "Waiting for review",
  RESOLVED: "Resolved",
  DISMISSED: "Dismissed",
};
