import { headers } from "next/headers";

// The proxy records the page's path without its language prefix, so the hreflang links can
// point at the same page in each language.
export const CURRENT_PATH_HEADER = "x-scanaware-path";

/** The current page's path, without the language prefix ("/facilities/st-marys"). */
export async function currentPath(): Promise<string> {
  return (await headers()).get(CURRENT_PATH_HEADER) ?? "/";
}
