import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The change feed: events in the order they committed (see the change_event migration), so
// "everything after the last id I saw" never misses one.

export interface ChangeScope {
  facilityId?: string;
  state?: string;
}

const inScope = (scope: ChangeScope): Prisma.ChangeEventWhereInput => ({
  ...(scope.facilityId ? { facilityId: scope.facilityId } : {}),
  ...(scope.state ? { facility: { state: scope.state } } : {}),
});

const facility = { select: { id: true, name: true, state: true, slug: true, city: true } } as const;

export async function listChanges(scope: ChangeScope, since: bigint | null, limit: number) {
  const rows = await db().changeEvent.findMany({
    where: { ...inScope(scope), ...(since !== null ? { id: { gt: since } } : {}) },
    orderBy: { id: "asc" },
    take: limit + 1,
    include: { facility },
  });
  return { changes: rows.slice(0, limit), more: rows.length > limit };
}

/** The newest changes first, for Atom feeds. */
export function listLatestChanges(scope: ChangeScope, limit: number) {
  return db().changeEvent.findMany({
    where: inScope(scope),
    orderBy: { id: "desc" },
    take: limit,
    include: { facility },
  });
}

export type Change = Awaited<ReturnType<typeof listLatestChanges>>[number];
