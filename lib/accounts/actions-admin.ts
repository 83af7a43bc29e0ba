"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { setUserRole } from "./data-admin";
import { GLOBAL_ROLE_LABELS, setUserRoleSchema } from "./schema-admin";

export const setUserRoleAction = formAction(setUserRoleSchema, async (input, { actor, ip }) => {
  await setUserRole(actor, input.userId, input.role, ip);
  revalidatePath("/admin/users");
  return { success: `Saved: the role is now ${GLOBAL_ROLE_LABELS[input.role]}.` };
});
