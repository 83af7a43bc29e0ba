import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Links between translated pages keep the visitor's language; links to pages that exist in
// English only (staff pages, open data) use next/link.
export const { Link, getPathname } = createNavigation(routing);
