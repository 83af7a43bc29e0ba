"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { FieldError } from "@/lib/errors";
import { formAction } from "@/lib/forms/form-action";
import { importDraft } from "./data";
import { draftProblems, type DraftContent } from "./validate";
import { DISCLOSURE_SCHEMA_VERSION } from "./schema";

const MAX_BYTES = 512 * 1024;

/** Reads an uploaded disclosure file, or says exactly what is wrong with it (the first few problems). */
async function readDisclosureFile(file: File): Promise<DraftContent> {
  if (file.size === 0) throw new FieldError("file", "Choose a disclosure file (.json).");
  if (file.size > MAX_BYTES) throw new FieldError("file", "This file is larger than 512 KB; a disclosure is much smaller.");
  let content: unknown;
  try {
    content = JSON.parse(await file.text());
  } catch {
    throw new FieldError("file", "This file is not valid JSON. Export it again from ScanAware, or check it with npm run validate.");
  }
  if (!content || typeof content !== "object" || (content as DraftContent).schemaVersion !== DISCLOSURE_SCHEMA_VERSION) {
    throw new FieldError(
      "file",
      `This is not a disclosure in format ${DISCLOSURE_SCHEMA_VERSION} (its "schemaVersion" must be "${DISCLOSURE_SCHEMA_VERSION}").`,
    );
  }
  const problems = draftProblems(content);
  if (problems.length) {
    const listed = problems
      .slice(0, 5)
      .map((problem) => `${problem.path}: ${problem.message}`)
      .join("; ");
    throw new FieldError(
      "file",
      `${problems.length} answer${problems.length === 1 ? " is" : "s are"} not valid — ${listed}${problems.length > 5 ? "; …" : ""}`,
    );
  }
  return content as DraftContent;
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
