import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The AI tools of every facility's current disclosure, across facilities, for the public API.
// Sample facilities are left out: their tools are made up.

export interface AiToolFilter {
  vendor?: string;
  fdaNumber?: string;
  runsWhere?: string;
  vendorTraining?: string;
}

export type AiToolPosition = { facilityId: string; position: number };

export async function listPublicAiTools(filter: AiToolFilter, after: AiToolPosition | null, limit: number) {
  const where: Prisma.PublicAiToolWhereInput = {
    facility: { isSample: false },
    ...(filter.vendor ? { vendor: { equals: filter.vendor, mode: "insensitive" } } : {}),
    ...(filter.fdaNumber ? { fdaNumber: filter.fdaNumber } : {}),
    ...(filter.runsWhere ? { runsWhere: filter.runsWhere } : {}),
    ...(filter.vendorTraining ? { vendorTraining: filter.vendorTraining } : {}),
    ...(after
      ? { OR: [{ facilityId: { gt: after.facilityId } }, { facilityId: after.facilityId, position: { gt: after.position } }] }
      : {}),
  };
  const rows = await db().publicAiTool.findMany({
    where,
    orderBy: [{ facilityId: "asc" }, { position: "asc" }],
    take: limit + 1,
    include: { facility: { select: { name: true, state: true } } },
  });
  return { tools: rows.slice(0, limit), more: rows.length > limit };
}
