import "server-only";
import { pool } from "@/lib/db";
import { logger } from "@/lib/logger";
import { availableMigrations, pendingMigrations } from "./migrations";

export type Readiness =
  { ready: true } | { ready: false; reason: "database unreachable" } | { ready: false; reason: "migrations pending"; pending: string[] };

// The migrations a server ships with do not change while it runs: read the directory once, not
// on every readiness probe.
let shipped: string[] | undefined;

export async function checkReadiness(): Promise<Readiness> {
  let pending: string[];
  try {
    shipped ??= availableMigrations();
    pending = await pendingMigrations(pool(), shipped);
  } catch (error) {
    logger.warn({ err: error }, "readiness: database unreachable");
    return { ready: false, reason: "database unreachable" };
  }
  return pending.length === 0 ? { ready: true } : { ready: false, reason: "migrations pending", pending };
}
