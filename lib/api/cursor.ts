import { createHash } from "node:crypto";
import { z } from "zod";

// Opaque page cursors: the client hands back what the previous page gave it, and a cursor only
// works with the query it came from. Where the order allows it (AI tools, changes), the position
// inside is the last row's key, so pages neither skip nor repeat rows added meanwhile; a ranked
// search keeps its place by count.

export const LIMIT = { default: 50, max: 200 } as const;

export const limitSchema = z.coerce
  .number({ error: `Expected a whole number from 1 to ${LIMIT.max}` })
  .int({ error: `Expected a whole number from 1 to ${LIMIT.max}` })
  .min(1, { error: `Expected a whole number from 1 to ${LIMIT.max}` })
  .max(LIMIT.max, { error: `Expected a whole number from 1 to ${LIMIT.max}` })
  .default(LIMIT.default)
  .meta({ description: `How many items per page, 1–${LIMIT.max}.` });

export const cursorParam = z
  .string()
  .max(500, { error: "Not a cursor from this API" })
  .optional()
  .meta({ description: "Where to continue: the `next` cursor of the previous page. Omit for the first page." });

export function encodeCursor(position: unknown, query: string): string {
  return Buffer.from(JSON.stringify({ p: position, q: query })).toString("base64url");
}

/** The position in a cursor made for this query, or null when it is not one (an error to report). */
export function decodeCursor<T>(cursor: string, query: string, position: z.ZodType<T>): T | null {
  try {
    const parsed = z.object({ p: position, q: z.literal(query) }).safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString()));
    return parsed.success ? parsed.data.p : null;
  } catch {
    return null;
  }
}

/** The query's identity for its cursors: a digest of its parameters but the cursor and page size. */
export function queryKey(params: URLSearchParams): string {
  const identity = [...params.entries()]
    .filter(([name]) => name !== "cursor" && name !== "limit")
    .sort(([a], [b]) => a.localeCompare(b) || 0)
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
  return createHash("sha256").update(identity).digest("base64url").slice(0, 16);
}
