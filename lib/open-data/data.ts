import "server-only";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { pool } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { countSql, DATASET_NAMES, DATASETS, selectSql, type Dataset, type DatasetName } from "./datasets";
import type { Format } from "./formats";

/** A whole file, however slow the client: past this the server cancels it (the pool's own limit is for pages). */
const EXPORT_TIMEOUT_MS = 10 * 60_000;

let running = 0;

/** Exports hold a connection while they stream: they may take half the pool, so pages keep answering. */
const exportSlots = () => Math.max(1, Math.floor(env().DATABASE_POOL_MAX / 2));

/**
 * The dataset in the format, streamed from one REPEATABLE READ snapshot by COPY: memory stays flat
 * (the socket is read only as fast as the client reads). Null when every export slot is taken.
 * The first chunk is read before returning, so a failing query is an error here, not a cut file.
 * When the client goes away (`signal`, or the stream is cancelled) the connection is closed with
 * the query running, and PostgreSQL stops it.
 */
export async function openExport(dataset: Dataset, format: Format, signal: AbortSignal): Promise<ReadableStream<Uint8Array> | null> {
  if (running >= exportSlots()) return null;
  running += 1;
  let client: pg.PoolClient;
  try {
    client = await pool().connect();
  } catch (error) {
    running -= 1;
    throw error;
  }

  let copy: ReturnType<typeof copyTo> | undefined;
  let settled = false;
  const settle = async (error?: Error) => {
    if (settled) return;
    settled = true;
    running -= 1;
    signal.removeEventListener("abort", onAbort);
    // pg's read timeout waits for a callback that a COPY stream never calls: call it, or it fires later.
    (copy as { callback?: () => void } | undefined)?.callback?.();
    if (error) {
      copy?.destroy();
      client.release(error); // ends the connection even mid-COPY, which stops the query on the server
      return;
    }
    await client.query("COMMIT").then(
      () => client.release(),
      (commitError: Error) => client.release(commitError),
    );
  };
  const onAbort = () => void settle(new Error("The client went away."));

  let chunks: AsyncIterator<Buffer>;
  let first: IteratorResult<Buffer>;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(`SET LOCAL statement_timeout = ${EXPORT_TIMEOUT_MS}`);
    // pg reads a query's own read timeout when it is submitted; the pool's is for pages.
    copy = client.query(Object.assign(copyTo(format.copy(selectSql(dataset))), { query_timeout: EXPORT_TIMEOUT_MS + 1_000 }));
    // Closing the connection on a cancel makes the stream report one more error that nobody awaits.
    copy.on("error", () => {});
    chunks = copy[Symbol.asyncIterator]();
    if (signal.aborted) throw new Error("The client went away.");
    signal.addEventListener("abort", onAbort);
    first = await chunks.next();
  } catch (error) {
    await settle(error as Error);
    throw error;
  }

  let waiting: IteratorResult<Buffer> | undefined = first;
  const empty = Boolean(first.done);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = waiting ?? (await chunks.next());
        waiting = undefined;
        if (next.done) {
          await settle();
          if (format.end) controller.enqueue(Buffer.from(format.end(empty)));
          controller.close();
        } else {
          controller.enqueue(next.value);
        }
      } catch (error) {
        if (!settled) logger.error({ err: error, dataset: dataset.name, format: format.name }, "export failed while streaming");
        await settle(error as Error);
        controller.error(error);
      }
    },
    cancel: () => settle(new Error("The client went away.")),
  });
}

export interface ExportSummary {
  rows: Record<DatasetName, number>;
  /** The newest change in any file: a facility's record, a publication or a hiding. */
  updatedAt: Date | null;
}

/** Row counts of every file and when the data last changed, from one snapshot (one statement). */
export async function getExportSummary(): Promise<ExportSummary> {
  const counts = DATASET_NAMES.map((name, index) => `(${countSql(DATASETS[name])}) AS c${index}`).join(", ");
  const { rows } = await pool().query<Record<string, number | Date | null>>(
    `SELECT ${counts}, greatest(
       (SELECT max(updated_at) FROM facility WHERE NOT is_sample),
       (SELECT max(greatest(v.published_at, v.hidden_at)) FROM disclosure_version v JOIN facility f ON f.id = v.facility_id WHERE NOT f.is_sample)
     ) AS updated_at`,
  );
  const row = rows[0]!;
  return {
    rows: Object.fromEntries(DATASET_NAMES.map((name, index) => [name, row[`c${index}`] as number])) as Record<DatasetName, number>,
    updatedAt: row.updated_at as Date | null,
  };
}
