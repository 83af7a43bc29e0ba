import pg from "pg";
import { logger } from "@/lib/logger";

// Tells every app server on the same database that something patients see has changed, so each
// empties its page cache at once, not only the server where the change was made: PostgreSQL's
// LISTEN/NOTIFY on one connection per server.
const CHANNEL = "scanaware_pages";
const RECONNECT_MS = 1_000;

export class ChangeSignal {
  readonly #url: string;
  readonly #onChange: () => void;
  #client: pg.Client | undefined;
  #retry: NodeJS.Timeout | undefined;
  #closed = false;

  /** `onChange` runs on every change announced by any server, and whenever the connection is made
   * again after it was lost (a change may have gone unheard meanwhile; until then, pages already
   * in memory keep being served, as the database may be away). */
  constructor(url: string, onChange: () => void) {
    this.#url = url;
    this.#onChange = onChange;
    void this.#connect();
  }

  /** Tells every server, this one included, to forget its pages. */
  announce(): void {
    this.#client?.query(`NOTIFY ${CHANNEL}`).catch(() => {});
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#url, connectionTimeoutMillis: 5_000, application_name: "scanaware page cache" });
    client.on("notification", () => this.#onChange());
    // Without a listener, a connection error would end the process; 'end' follows and reconnects.
    client.on("error", () => {});
    client.once("end", () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch {
      client.removeAllListeners("end");
      await client.end().catch(() => {});
      return this.#reconnectSoon();
    }
    if (this.#closed) return void client.end().catch(() => {});
    this.#client = client;
    this.#onChange();
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    logger.warn("page cache: lost the change signal's database connection; reconnecting");
    this.#reconnectSoon();
  }

  #reconnectSoon(): void {
    if (this.#closed) return;
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => void this.#connect(), RECONNECT_MS).unref();
  }
}
