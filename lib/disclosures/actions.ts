"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { conflictSummary } from "./conflict";
import { DraftConflictError, getDraft, NotPublishableError, publishDraft, saveDraft } from "./data";
import { attestationSchema } from "./schema";
import { applyStep, removeEntry, STEP_KINDS } from "./steps";

const base = {
  facilityId: z.uuid({ error: "Not a facility we know." }),
  revision: z.coerce.number().int().min(0),
};

const stepSchema = z.object({
  ...base,
  step: z.enum(STEP_KINDS),
  index: z.coerce.number().int().min(-1).default(-1),
  intent: z.enum(["save", "next", "autosave"]).default("save"),
  next: z
    .string()
    .regex(/^\/manage\//)
    .optional(),
});

const editorPath = (facilityId: string) => `/manage/${facilityId}/disclosure`;

/** Saves one step of the draft; "next" goes on to the following step once saved. */
export const saveStepAction = formAction(stepSchema, async (input, { actor, ip, formData, typed }): Promise<FormState> => {
  const draft = await getDraft(actor, input.facilityId);
  const quiet = input.intent === "autosave";
  const result = applyStep(input.step, input.index, formData, draft.content);
  if (!result.ok) return quiet ? { quiet, values: typed, success: "" } : { fieldErrors: result.errors, values: typed };
  let revision: number;
  try {
    revision = await saveDraft(actor, input.facilityId, input.revision, result.patch, ip);
  } catch (error) {
    if (!(error instanceof DraftConflictError)) throw error;
    // Their save stays; what this person typed stays in the form, now based on the newer
    // revision, so saving again (after comparing) is a deliberate choice.
    return {
      quiet: false,
      formError: error.message,
      conflict: conflictSummary(input.step, input.index, error.current.content, formData),
      values: { ...typed, revision: String(error.current.revision) },
    };
  }
  revalidatePath(editorPath(input.facilityId), "layout");
  if (input.intent === "next" && input.next) redirect(input.next);
  return {
    quiet,
    success: `Saved at ${new Date().toLocaleTimeString("en-US", { timeZone: "UTC", timeStyle: "short" })} UTC.`,
    values: { ...typed, revision: String(revision), index: String(result.index) },
  };
});

export const removeEntryAction = formAction(
  z.object({ ...base, step: z.enum(["tool", "breach"]), index: z.coerce.number().int().min(0) }),
  async (input, { actor, ip }) => {
    const draft = await getDraft(actor, input.facilityId);
    await saveDraft(actor, input.facilityId, input.revision, removeEntry(input.step, input.index, draft.content), ip);
    revalidatePath(editorPath(input.facilityId), "layout");
    return { success: "Removed." };
  },
);

export const publishAction = formAction(z.object({ ...base }).extend(attestationSchema.shape), async (input, { actor, ip }) => {
  try {
    const number = await publishDraft(actor, input.facilityId, input.revision, { ...input }, ip);
    revalidatePath("/facilities", "layout");
    redirect(`${editorPath(input.facilityId)}?published=${number}`);
  } catch (error) {
    if (error instanceof NotPublishableError) {
      return { formError: `${error.message} ${error.problems.map((problem) => `${problem.path}: ${problem.message}`).join("; ")}` };
    }
    throw error;
  }
});
