import { z } from "zod";
import { DISCLOSURE_SCHEMA_VERSION, disclosureSchema } from "./schema";

// The disclosure format as JSON Schema (draft 2020-12), generated from the same zod schema that
// validateDisclosure uses, for people who check their files with their own tools.
//
// What zod cannot say in JSON Schema, and how it is handled:
// - Files are what people write, so this is the *input* side (`io: "input"`): `note` (which has a
//   default) may be left out, and unknown keys are allowed, as validateDisclosure ignores them.
// - `.trim()` and `.toUpperCase()` run before zod's checks; JSON Schema checks the text as written.
//   Trimmed text that must not be empty gets a `\S` pattern, so "   " is refused here too. FDA
//   numbers must be written in capitals and without surrounding spaces, which validateDisclosure
//   would forgive: where the two differ on how a value is written, the schema asks for the
//   canonical form.
// - A URL's allowed protocols become a pattern beside `format: "uri"`, as many validators treat
//   `format` as a note only (the pattern is coarser than zod's URL parser). Dates keep the pattern
//   zod emits for the same reason.
// - Anything zod cannot represent at all (a transform, a refinement) throws here rather than
//   becoming `{}`, so a change to the format cannot quietly loosen the published schema.

/** The schema's file names under /api/v1/schemas/: the versioned, stable one first, then "latest". */
export const DISCLOSURE_SCHEMA_FILES = [`disclosure-${DISCLOSURE_SCHEMA_VERSION}.json`, "disclosure.json"] as const;

type Override = NonNullable<Parameters<typeof z.toJSONSchema>[1]>["override"];

const anchorsOff = (source: string) => source.replace(/^\^/, "").replace(/\$$/, "");

const describeWhatZodChecksItself: Override = ({ zodSchema, jsonSchema }) => {
  const def = zodSchema._zod.def;
  if (def.type !== "string") return;
  if ("protocol" in def && def.protocol instanceof RegExp) {
    jsonSchema.pattern = `^(?:${anchorsOff(def.protocol.source)})://[^\\s/?#]+(?:[/?#]\\S*)?$`;
  }
  const normalized = (def.checks ?? []).some((check) => check._zod.def.check === "overwrite");
  if (normalized && (jsonSchema.minLength ?? 0) > 0 && jsonSchema.pattern === undefined) jsonSchema.pattern = "\\S";
};

/** The JSON Schema of the current disclosure format; `appUrl` is the site's address, for `$id`. */
export function disclosureJsonSchema(appUrl: string) {
  // zod's title and description (from `.meta()`) are replaced, and put first for people reading it.
  const { $schema, title, description, ...generated } = z.toJSONSchema(disclosureSchema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    override: describeWhatZodChecksItself,
  });
  return {
    $schema,
    $id: new URL(`/api/v1/schemas/${DISCLOSURE_SCHEMA_FILES[0]}`, appUrl).href,
    title: `ScanAware disclosure, format ${DISCLOSURE_SCHEMA_VERSION}`,
    description:
      "How a facility's AI tools and practices touch patients' scans. Every answer is either " +
      '{"state": "answered", "value": …} or {"state": "not_applicable" | "unknown" | "declined"}.',
    ...generated,
  };
}
