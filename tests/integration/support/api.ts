import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { GET as aiTools } from "@/app/api/v1/ai-tools/route";
import { GET as changes } from "@/app/api/v1/changes/route";
import { GET as versionRoute } from "@/app/api/v1/facilities/[id]/versions/[number]/route";
import { GET as versionsRoute } from "@/app/api/v1/facilities/[id]/versions/route";
import { GET as facilityRoute } from "@/app/api/v1/facilities/[id]/route";
import { GET as search } from "@/app/api/v1/facilities/route";
import { GET as statsRoute } from "@/app/api/v1/stats/route";
import { openApiDocument } from "@/lib/api/openapi";

// Calls the public API's route handlers as Next.js would, and checks every answer against the
// OpenAPI document: a 200 against its path's schema, anything else against the problem schema.

export const document = openApiDocument("http://scanaware.test");

export async function validateDocument() {
  return new Validator().validate(JSON.parse(JSON.stringify(document)));
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ ...structuredClone(document), $id: "openapi" }, "openapi");

function schemaFor(path: string, status: number) {
  const operation = (
    document.paths as Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>
  )[path]!.get;
  const content = operation.responses[String(status)]?.content;
  return content && Object.values(content)[0]!.schema;
}

/** The answer, after checking its body against the document; 304s have none to check. */
async function checked(path: string, response: Response) {
  const schema = schemaFor(path, response.status);
  if (response.status === 304) return { response, body: null };
  expect(schema, `${path} documents status ${response.status}`).toBeDefined();
  const body = await response.json();
  const validate = ajv.compile(resolveRefs(schema!));
  expect(validate(body), `${path} ${response.status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  return { response, body };
}

/** Points the document's internal references at the copy registered as "openapi". */
function resolveRefs(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object;
}

const url = (path: string) => `http://scanaware.test/api/v1${path}`;
const request = (path: string, headers: Record<string, string> = {}) => new Request(url(path), { headers });

export const api = {
  search: async (query: string, headers?: Record<string, string>) =>
    checked("/facilities", await search(request(`/facilities?${query}`, headers))),
  facility: async (id: string, headers?: Record<string, string>) =>
    checked("/facilities/{id}", await facilityRoute(request(`/facilities/${id}`, headers), { params: Promise.resolve({ id }) })),
  versions: async (id: string) =>
    checked("/facilities/{id}/versions", await versionsRoute(request(`/facilities/${id}/versions`), { params: Promise.resolve({ id }) })),
  version: async (id: string, number: string) =>
    checked(
      "/facilities/{id}/versions/{number}",
      await versionRoute(request(`/facilities/${id}/versions/${number}`), { params: Promise.resolve({ id, number }) }),
    ),
  aiTools: async (query: string) => checked("/ai-tools", await aiTools(request(`/ai-tools?${query}`))),
  changes: async (query: string) => checked("/changes", await changes(request(`/changes?${query}`))),
  stats: async () => checked("/stats", await statsRoute(request("/stats"))),
};

/** Every item of a paged endpoint, following `next` from page to page. */
export async function everyPage<T>(first: string, fetchPage: (query: string) => Promise<{ body: { data: T[]; nextUrl?: string } }>) {
  const items: T[] = [];
  let query: string | undefined = first;
  while (query !== undefined) {
    const { body } = await fetchPage(query);
    items.push(...body.data);
    query = body.nextUrl ? new URL(body.nextUrl).search.slice(1) : undefined;
  }
  return items;
}
