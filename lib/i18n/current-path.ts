import { headers } from "next/headers";

// The proxy records the page's address without its language prefix, so the language switcher
// and the hreflang links can point at the same page in the other language.
export const CURRENT_PATH_HEADER = "x-scanaware-path";

/** The current page's path and query, without the language prefix ("/facilities?q=austin"). */
export async function currentPath(): Promise<string> {
  return (await headers()).get(CURRENT_PATH_HEADER) ?? "/";
}
