import { apiHandler } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { env } from "@/lib/env";
import { openExport } from "@/lib/open-data/data";
import { dataPackage } from "@/lib/open-data/datapackage";
import { dictionaryCsv } from "@/lib/open-data/dictionary";
import { ALL_FILES, downloadName, parseExportFile } from "@/lib/open-data/files";

// GET /api/v1/exports/{file}: the bulk export files (facilities, disclosures-latest,
// disclosures-all, ai-tools as .csv, .json or .ndjson), datapackage.json and dictionary.csv.
// Cached briefly, since a publication changes them; apiHandler lets any site read them.

const RETRY_AFTER_SECONDS = 10;

const headers = (contentType: string, file?: string) => ({
  "Content-Type": contentType,
  ...(file ? { "Content-Disposition": `attachment; filename="${downloadName(file)}"` } : {}),
  "Cache-Control": "public, max-age=900",
});

export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  const found = parseExportFile(file);
  if (!found) {
    return problem(404, "Not found", `No export is called ${file}. Known files: ${ALL_FILES.join(", ")}`);
  }
  if (found.kind === "datapackage") {
    return new Response(JSON.stringify(dataPackage(env().APP_URL), null, 2), { headers: headers("application/json; charset=utf-8") });
  }
  if (found.kind === "dictionary") {
    return new Response(dictionaryCsv(), { headers: headers("text/csv; charset=utf-8; header=present", file) });
  }
  const body = await openExport(found.dataset, found.format, request.signal);
  if (!body) {
    const response = problem(503, "Busy", `Too many exports are being downloaded. Retry in ${RETRY_AFTER_SECONDS} seconds.`);
    response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    return response;
  }
  return new Response(body, { headers: headers(found.format.contentType, file) });
});
