"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { fetchDisclosure } from "./data-fetch";

export const fetchDisclosureAction = formAction(
  z.object({ facilityId: z.uuid({ error: "No such facility." }) }),
  async ({ facilityId }, { actor, ip }) => {
    const { url, onTeam } = await fetchDisclosure(actor, facilityId, ip);
    revalidatePath(`/manage/${facilityId}`, "layout");
    return onTeam
      ? {
          success: `Imported ${url} into the draft; review and publish.`,
          next: { href: `/manage/${facilityId}/disclosure/review`, label: "Review the draft" },
        }
      : { success: `Imported ${url} into the facility's draft; its admins review and publish it.` };
  },
);
