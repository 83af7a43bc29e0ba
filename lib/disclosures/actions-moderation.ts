"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { hideVersion } from "./data-versions";

export const hideVersionAction = formAction(
  z.object({
    id: z.uuid({ error: "Not a version we know." }),
    reason: z
      .string()
      .trim()
      .min(10, { error: "Give the public reason, in a sentence patients will read." })
      .max(500, { error: "Use at most 500 characters." }),
  }),
  async (input, { actor, ip }) => {
    await hideVersion(actor, input.id, input.reason, ip);
    revalidatePath("/facilities", "layout");
    return { success: "The version is hidden; its reason is public in the history." };
  },
);
