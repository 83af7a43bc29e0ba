import { apiHandler } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { DISCLOSURE_SCHEMA_FILES, disclosureJsonSchema } from "@/lib/disclosures/json-schema";
import { env } from "@/lib/env";

// GET /api/v1/schemas/disclosure-1.0.json (stable) and /api/v1/schemas/disclosure.json (the latest,
// today the same document): the disclosure format as JSON Schema, readable from any site.
export const GET = apiHandler(async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  if (!(DISCLOSURE_SCHEMA_FILES as readonly string[]).includes(file)) {
    return problem(404, "Not found", `No schema is called ${file}. Known schemas: ${DISCLOSURE_SCHEMA_FILES.join(", ")}`);
  }
  return new Response(JSON.stringify(disclosureJsonSchema(env().APP_URL), null, 2), {
    headers: {
      "Content-Type": "application/schema+json",
      "Cache-Control": "public, max-age=3600",
    },
  });
});
