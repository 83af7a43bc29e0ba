import { z } from "zod";

// Shared by the claim form, the registration form and the server.

/** What a claimant tells the moderator about themselves. */
export const claimantSchema = z.object({
  jobTitle: z.string().trim().min(2, { error: "Enter your job title at the facility." }).max(120, { error: "Use at most 120 characters." }),
  workPhone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s().-]{7,25}(\s*(x|ext\.?)\s*\d{1,6})?$/i, {
      error: "Enter a phone number where the facility can reach you, e.g. 555-201-3344 ext 12.",
    }),
  evidence: z
    .string()
    .trim()
    .min(20, { error: "Tell the moderator how they can check that you work there (at least 20 characters)." })
    .max(2000, { error: "Use at most 2,000 characters." }),
});

export const claimSchema = claimantSchema.extend({
  facilityId: z.uuid({ error: "Choose a facility." }),
  evidenceUrl: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter a web address starting with https://, or leave it empty." })])
    .optional()
    .transform((value) => value || null),
});

export type ClaimInput = z.infer<typeof claimSchema>;

export const decisionSchema = z
  .object({
    id: z.uuid({ error: "Not a request we know." }),
    decision: z.enum(["approve", "reject"], { error: "Choose approve or reject." }),
    reason: z.string().trim().max(1000, { error: "Use at most 1,000 characters." }),
  })
  .refine((input) => input.decision === "approve" || input.reason.length >= 5, {
    path: ["reason"],
    error: "Say why, in a sentence the requester will read.",
  });

export type DecisionInput = z.infer<typeof decisionSchema>;

export const REVIEW_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type ReviewStatusValue = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS: Record<ReviewStatusValue, string> = {
  PENDING: "Waiting for review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};
