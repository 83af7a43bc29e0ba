import { z } from "zod";

// Every answer says whether it was given, and if not, why: "not applicable" is not "missing", and
// "unknown" and "declined" are shown as such, never as "no".

export const UNANSWERED_STATES = ["not_applicable", "unknown", "declined"] as const;
export type UnansweredState = (typeof UNANSWERED_STATES)[number];

export const UNANSWERED_LABELS: Record<UnansweredState, string> = {
  not_applicable: "Not applicable",
  unknown: "Unknown",
  declined: "Declined to answer",
};

export type Answer<T> = { state: "answered"; value: T } | { state: UnansweredState };

export function answer<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion("state", [z.object({ state: z.literal("answered"), value }), z.object({ state: z.enum(UNANSWERED_STATES) })]);
}

export const isAnswered = <T>(answer: Answer<T> | undefined): answer is { state: "answered"; value: T } => answer?.state === "answered";
