"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/form-action";
import { createClaim } from "./data";
import { claimSchema } from "./schema";

export const createClaimAction = formAction(claimSchema, async (input, { actor, ip }) => {
  await createClaim(actor, input, ip);
  redirect("/manage?claimed=1");
});
