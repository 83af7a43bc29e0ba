import { env } from "@/lib/env";

/** A page of items with, when there is more, the cursor and the URL of the next page. */
export function pageBody<T>(request: Request, data: T[], next: string | undefined, cursorName = "cursor") {
  if (!next) return { data };
  const url = new URL(new URL(request.url).pathname + new URL(request.url).search, env().APP_URL);
  url.searchParams.set(cursorName, next);
  return { data, next, nextUrl: url.toString() };
}
