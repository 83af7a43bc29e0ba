"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/form-action";
import { decideClaim } from "./data";
import { decisionSchema } from "./schema";

export const decideClaimAction = formAction(decisionSchema, async (input, { actor, ip }) => {
  await decideClaim(actor, input, ip);
  revalidatePath("/moderation", "layout");
  redirect(`/moderation?tab=claims&decided=${input.decision === "approve" ? "approved" : "rejected"}`);
});
