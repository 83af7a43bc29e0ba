"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/form-action";
import { createRegistration } from "./data";
import { registrationSchema } from "./schema";

export const createRegistrationAction = formAction(registrationSchema, async (input, { actor, ip }) => {
  await createRegistration(actor, input, ip);
  redirect("/manage?registered=1");
});
