import { z } from "zod";
import { decodeCursor, encodeCursor, queryKey } from "@/lib/api/cursor";
import { apiHandler } from "@/lib/api/handler";
import { cachedJson } from "@/lib/api/http";
import { pageBody } from "@/lib/api/page";
import { aiToolsQuery, readQuery } from "@/lib/api/params";
import { presentAiTool } from "@/lib/api/present";
import { invalidParams } from "@/lib/api/problem";
import { listPublicAiTools } from "@/lib/disclosures/data-tools";

const position = z.object({ facilityId: z.uuid(), position: z.int().min(0) });

// GET /api/v1/ai-tools: the AI tools in every facility's current disclosure, across facilities.
export const GET = apiHandler(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const query = readQuery(aiToolsQuery, params);
  if (query.errors) return invalidParams(query.errors);
  const { cursor, limit, ...filter } = query.data;
  const key = queryKey(params);
  const after = cursor ? decodeCursor(cursor, key, position) : null;
  if (cursor && !after) return invalidParams({ cursor: "Not a cursor of this query: start again without it" });
  const { tools, more } = await listPublicAiTools(filter, after, limit);
  const last = tools.at(-1);
  const next = more && last ? encodeCursor({ facilityId: last.facilityId, position: last.position }, key) : undefined;
  return cachedJson(request, pageBody(request, tools.map(presentAiTool), next));
});
