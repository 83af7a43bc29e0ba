import { notFound } from "next/navigation";
import { z } from "zod";
import type { SignedIn } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
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

/**
 * A moderator's page about one record (`/moderation/claims/<id>`): sign-in first (and back here),
 * an id that is not a UUID is a 404, then the record through `loadForPage`, with who asked.
 */
export async function loadModerationItem<T>(
  queue: string,
  id: string,
  load: (actor: SignedIn) => Promise<T>,
): Promise<{ actor: SignedIn; data: T } | null> {
  const actor = await requireActor(`/moderation/${queue}/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const result = await loadForPage(() => load(actor));
  return result && { actor, data: result.data };
}
