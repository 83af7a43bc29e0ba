import pg from "pg";
import { logger } from "@/lib/logger";

// Tells every app server on the same database that something patients see has changed, so each
// empties its page cache at once, not only the server where the change was made: PostgreSQL's
// LISTEN/NOTIFY on one connection per server (a session, not a transaction-mode pooler).
const CHANNEL = "scanaware_pages";
const RECONNECT_MS = 1_000;
/** A connection that went silent (a failover, a dropped NAT entry) sends no 'end': a heartbeat
 * finds out, and the connection is made again. */
const HEARTBEAT_MS = 30_000;
const QUERY_TIMEOUT_MS = 5_000;
const CLOSE_WITHIN_MS = 2_000;

export class ChangeSignal {
  readonly #url: string;
  readonly #onChange: () => void;
  #client: pg.Client | undefined;
  #retry: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #closed = false;
  /** A change announced while the connection was down, told as soon as it is back. */
  #unannounced = false;
  #failing = false;

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
    const client = this.#client;
    if (!client) {
      this.#unannounced = true;
      return;
    }
    client.query(`NOTIFY ${CHANNEL}`).catch(() => {
      if (this.#client && this.#client !== client) return this.announce(); // connected again meanwhile
      this.#unannounced = true;
      this.#drop(client);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    clearInterval(this.#heartbeat);
    const client = this.#client;
    this.#client = undefined;
    if (!client) return;
    const ended = client.end().catch(() => {});
    const late = setTimeout(() => this.#destroy(client), CLOSE_WITHIN_MS);
    await ended;
    clearTimeout(late);
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.#url,
      connectionTimeoutMillis: QUERY_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: "scanaware page cache",
    });
    client.on("notification", () => this.#onChange());
    // Without a listener, a connection error would end the process; 'end' follows and reconnects.
    client.on("error", () => {});
    client.once("end", () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      client.removeAllListeners("end");
      this.#destroy(client);
      if (!this.#failing) logger.warn({ reason: (error as Error).message }, "page cache: cannot listen for changes; retrying every second");
      this.#failing = true;
      return this.#reconnectSoon();
    }
    if (this.#closed) return void client.end().catch(() => {});
    if (this.#failing) logger.info("page cache: listening for changes again");
    this.#failing = false;
    this.#client = client;
    this.#heartbeat = setInterval(() => void client.query("SELECT 1").catch(() => this.#drop(client)), HEARTBEAT_MS).unref();
    this.#onChange();
    if (this.#unannounced) {
      this.#unannounced = false;
      this.announce();
    }
  }

  /** Gives up on a connection that failed a query: 'end' follows, and a new one is made. */
  #drop(client: pg.Client): void {
    if (this.#client === client) this.#destroy(client);
  }

  // pg has no public way to cut a connection whose peer does not answer (end() waits for it).
  #destroy(client: pg.Client): void {
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    clearInterval(this.#heartbeat);
    logger.warn("page cache: lost the change signal's database connection; reconnecting");
    this.#reconnectSoon();
  }

  #reconnectSoon(): void {
    if (this.#closed) return;
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => void this.#connect(), RECONNECT_MS).unref();
  }
}
