import "server-only";
import { pool } from "@/lib/db";
import { logger } from "@/lib/logger";
import { pendingMigrations } from "./migrations";

export type Readiness =
  { ready: true } | { ready: false; reason: "database unreachable" } | { ready: false; reason: "migrations pending"; pending: string[] };

export async function checkReadiness(): Promise<Readiness> {
  let pending: string[];
  try {
    pending = await pendingMigrations(pool());
  } catch (error) {
    logger.warn({ err: error }, "readiness: database unreachable");
    return { ready: false, reason: "database unreachable" };
  }
  return pending.length === 0 ? { ready: true } : { ready: false, reason: "migrations pending", pending };
}
