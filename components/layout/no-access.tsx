import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** What a signed-in person without the needed role sees instead of the page. */
export function NoAccess() {
  return (
    <div className="space-y-3">
      <h1 className="text-4xl font-bold">You do not have access to this page</h1>
      <p>This page is for ScanAware moderators and administrators. If you think you should have access, ask an administrator.</p>
    </div>
  );
}

/**
 * Runs a page's data call. A record that is not there ends in the 404 page; a missing role gives
 * null, for the page to render <NoAccess />. Anything else reaches the error page.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<{ data: T } | null> {
  try {
    return { data: await load() };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
}
