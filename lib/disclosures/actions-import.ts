"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { FieldError } from "@/lib/errors";
import { formAction } from "@/lib/forms/form-action";
import { importDraft } from "./data";
import { MAX_DISCLOSURE_BYTES, readDisclosureText } from "./read-file";
import type { DraftContent } from "./validate";

async function readDisclosureFile(file: File): Promise<DraftContent> {
  if (file.size === 0) throw new FieldError("file", "Choose a disclosure file (.json).");
  if (file.size > MAX_DISCLOSURE_BYTES) throw new FieldError("file", "This file is larger than 512 KB; a disclosure is much smaller.");
  return readDisclosureText(await file.text(), "file", "This file");
}

export const importDraftAction = formAction(
  z.object({ file: z.instanceof(File, { error: "Choose a disclosure file (.json)." }) }),
  async (input, { actor, ip, formData }) => {
    const facilityIds = formData.getAll("facilities").filter((value): value is string => typeof value === "string");
    if (!facilityIds.length || facilityIds.some((id) => !z.uuid().safeParse(id).success)) {
      throw new FieldError("facilities", "Choose at least one facility.");
    }
    const content = await readDisclosureFile(input.file);
    const count = await importDraft(actor, facilityIds, content, ip);
    revalidatePath("/manage", "layout");
    return {
      success: `Imported into the draft of ${count} ${count === 1 ? "facility" : "facilities"}. Review each draft before publishing.`,
    };
  },
);
