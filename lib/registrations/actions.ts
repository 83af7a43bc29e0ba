"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { decisionSchema } from "@/lib/claims/schema";
import { formAction } from "@/lib/forms/form-action";
import { decideRegistration } from "./data";

export const decideRegistrationAction = formAction(decisionSchema, async (input, { actor, ip }) => {
  await decideRegistration(actor, input, ip);
  revalidatePath("/moderation", "layout");
  // An approval publishes a new facility: the directory's pages change too.
  if (input.decision === "approve") revalidatePath("/facilities", "layout");
  redirect(`/moderation?tab=registrations&decided=${input.decision === "approve" ? "approved" : "rejected"}`);
});
