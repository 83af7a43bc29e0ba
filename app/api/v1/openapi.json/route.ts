import { apiHandler } from "@/lib/api/handler";
import { cachedJson } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

// GET /api/v1/openapi.json: the API described as OpenAPI 3.1, generated from its zod schemas.
export const GET = apiHandler(async (request: Request) =>
  cachedJson(request, openApiDocument(env().APP_URL), { cacheControl: "public, max-age=3600" }),
);
