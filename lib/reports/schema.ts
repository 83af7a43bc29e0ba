import { z } from "zod";

// Shared by the report form, the moderators' pages and the server.

export const REPORT_TOPICS = [
  { value: "AI_USE", label: "AI use" },
  { value: "WHERE_AI_RUNS", label: "Where AI runs" },
  { value: "DATA_SHARING", label: "Data sharing and training" },
  { value: "OPT_OUT", label: "Opt-out" },
  { value: "RETENTION", label: "Retention" },
  { value: "BREACHES", label: "Breaches" },
  { value: "FACILITY_DETAILS", label: "Facility details" },
  { value: "OTHER", label: "Other" },
] as const;

export type ReportTopicValue = (typeof REPORT_TOPICS)[number]["value"];
const topicValues = REPORT_TOPICS.map((topic) => topic.value) as [ReportTopicValue, ...ReportTopicValue[]];

export const topicLabel = (value: ReportTopicValue) => REPORT_TOPICS.find((topic) => topic.value === value)!.label;

/** The field bots fill in and people never see. */
export const HONEYPOT_FIELD = "website";

export const reportSchema = z.object({
  facilityId: z.uuid({ error: "Not a facility we know." }),
  versionNumber: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.coerce.number({ error: "Not a version we know." }).int().positive().nullable(),
  ),
  topic: z.enum(topicValues, { error: "Choose what the problem is about." }),
  description: z
    .string()
    .trim()
    .min(10, { error: "Tell us what is wrong in at least 10 characters." })
    .max(2000, { error: "Use at most 2,000 characters." }),
  email: z
    .union([z.literal(""), z.email({ error: "Enter an email address like name@example.com, or leave it empty." }).max(254)])
    .transform((value) => value || null),
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
