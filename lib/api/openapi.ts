import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject } from "zod-openapi";
import { ALL_FILES } from "@/lib/open-data/files";
import { aiToolsQuery, changesQuery, facilitiesQuery, IDENTIFIER_HELP } from "./params";
import {
  aiToolResource,
  changeResource,
  facilityResource,
  facilitySummaryResource,
  pageOf,
  problemResource,
  statisticsResource,
  versionResource,
  versionSummaryResource,
} from "./resources";

// The public API's OpenAPI 3.1 document, generated from the same zod schemas the routes parse
// with and answer in (lib/api/params.ts, lib/api/resources.ts).

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: problemResource } } });

const errors = {
  "400": problem("A parameter is invalid; `invalidParams` names each one."),
  "429": problem("Too many requests from this address; see the Retry-After header."),
  "503": problem("The database is briefly unavailable; see the Retry-After header."),
};
const notFound = { "404": problem("No such facility or version.") };
const notModified = { "304": { description: "Not modified since the ETag in If-None-Match (or the date in If-Modified-Since)." } };

const facilityPath = z.object({ id: z.string().meta({ description: IDENTIFIER_HELP, example: "010001" }) });

function get(summary: string, description: string, operation: Omit<ZodOpenApiOperationObject, "summary" | "description">) {
  return { get: { summary, description, ...operation, responses: { ...notModified, ...errors, ...operation.responses } } };
}

export function openApiDocument(appUrl: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "ScanAware public API",
      version: "1.0.0",
      description:
        "Read-only and open: no account or key. Every answer carries an ETag (and Last-Modified where the data has one) for conditional requests, and may be read from any site (CORS). Each address may make a limited number of requests a minute; past it, 429 with Retry-After. Errors are RFC 9457 problem details. For everything at once, use the bulk files at /data.",
      license: { name: "Data: CC0 1.0 (public domain dedication)", identifier: "CC0-1.0" },
    },
    servers: [{ url: `${appUrl}/api/v1` }],
    paths: {
      "/facilities": get(
        "Search facilities",
        "The site's search: text (typo-tolerant), a ZIP code and radius, filters, and facts from each facility's current disclosure. A search reaches its first 1,000 matches; page with `cursor`.",
        {
          operationId: "searchFacilities",
          requestParams: { query: facilitiesQuery },
          responses: {
            "200": json(
              pageOf(facilitySummaryResource, "FacilityPage", {
                total: z.int().meta({ description: "Matches, counted up to 1,000." }),
                totalIsCapped: z.boolean().meta({ description: "More than 1,000 match." }),
                distanceUnit: z.enum(["mi", "km"]).nullable(),
              }),
              "A page of facilities.",
            ),
          },
        },
      ),
      "/facilities/{id}": get("One facility", "By ScanAware id (UUID), CMS Certification Number or NPI.", {
        operationId: "getFacility",
        requestParams: { path: facilityPath },
        responses: { "200": json(z.object({ data: facilityResource }), "The facility."), ...notFound },
      }),
      "/facilities/{id}/versions": get(
        "A facility's published versions",
        "Newest first. A version withdrawn by a moderator is listed with when and why.",
        {
          operationId: "listVersions",
          requestParams: { path: facilityPath },
          responses: { "200": json(z.object({ data: z.array(versionSummaryResource) }), "Its versions."), ...notFound },
        },
      ),
      "/facilities/{id}/versions/{number}": get("One published version", "The disclosure exactly as published and attested.", {
        operationId: "getVersion",
        requestParams: { path: facilityPath.extend({ number: z.string().regex(/^\d+$/).meta({ description: "1, 2, …" }) }) },
        responses: { "200": json(z.object({ data: versionResource }), "The version."), ...notFound },
      }),
      "/ai-tools": get(
        "AI tools across facilities",
        "Each AI tool in every facility's current disclosure (sample facilities left out), by facility id then position.",
        {
          operationId: "listAiTools",
          requestParams: { query: aiToolsQuery },
          responses: { "200": json(pageOf(aiToolResource, "AiToolPage"), "A page of AI tools.") },
        },
      ),
      "/changes": get(
        "Change feed",
        "Facilities added and disclosures published, corrected or withdrawn, oldest first, in the order they were committed: keep the last `id` and ask again with `since`. Also as Atom: /feeds/changes.atom, /feeds/states/{state}.atom and each facility's changes.atom.",
        {
          operationId: "listChanges",
          requestParams: { query: changesQuery },
          responses: { "200": json(pageOf(changeResource, "ChangePage"), "A page of changes.") },
        },
      ),
      "/stats": get(
        "Statistics",
        "The numbers behind /stats (sample facilities left out), one row per count; also as CSV at /stats/statistics.csv.",
        {
          operationId: "getStatistics",
          responses: { "200": json(z.object({ data: statisticsResource }), "The statistics.") },
        },
      ),
      "/exports/{file}": {
        get: {
          summary: "Bulk files",
          description:
            "Every public record as CSV, JSON or NDJSON, streamed from one consistent snapshot; sample facilities left out. `datapackage.json` (Frictionless) and `dictionary.csv` describe every column. See /data.",
          operationId: "getExport",
          requestParams: { path: z.object({ file: z.enum(ALL_FILES as [string, ...string[]]) }) },
          responses: {
            "200": {
              description: "The file.",
              content: {
                "text/csv": { schema: z.string() },
                "application/json": { schema: z.unknown() },
                "application/x-ndjson": { schema: z.string() },
              },
            },
            "404": problem("No such file."),
            "429": errors["429"],
            "503": errors["503"],
          },
        },
      },
    },
  });
}
