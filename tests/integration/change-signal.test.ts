import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withClient } from "@/scripts/lib/database";
import { ChangeSignal } from "@/scripts/lib/change-signal";

// App servers' change signals on one real PostgreSQL: what one announces, all hear; a connection
// cut by the database is made again, and a change announced meanwhile is told once it is back.

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function server() {
  const heard = vi.fn();
  const signal = new ChangeSignal(process.env.DATABASE_URL!, heard);
  closers.push(() => signal.close());
  return { signal, heard };
}

/** Another listener on the channel, which the cuts below leave alone: it counts notices. */
async function observer() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: "test observer" });
  await client.connect();
  await client.query("LISTEN scanaware_pages");
  closers.push(() => client.end());
  let notices = 0;
  client.on("notification", () => (notices += 1));
  return { notices: () => notices };
}

/** Waits until every server is listening (each hears "changed" once on connecting). */
async function listening(...servers: ReturnType<typeof server>[]) {
  await vi.waitFor(() => servers.forEach(({ heard }) => expect(heard).toHaveBeenCalled()), { timeout: 5_000 });
  servers.forEach(({ heard }) => heard.mockClear());
}

const cutServers = () =>
  withClient(process.env.DATABASE_URL!, (client) =>
    client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'scanaware page cache' AND datname = current_database()",
    ),
  );

describe("the page cache's change signal", () => {
  it("tells every server, the announcing one included", async () => {
    const [a, b] = [server(), server()];
    await listening(a, b);
    a.signal.announce();
    await vi.waitFor(() => {
      expect(a.heard).toHaveBeenCalled();
      expect(b.heard).toHaveBeenCalled();
    });
  });

  it("listens again after the database cut its connection, and forgets its pages then", async () => {
    const [a, b] = [server(), server()];
    await listening(a, b);
    await cutServers();
    await listening(a, b); // reconnected within about a second, each clearing its pages
    a.signal.announce();
    await vi.waitFor(() => expect(b.heard).toHaveBeenCalled());
  });

  it("tells a change made while its connection was down once it is back", async () => {
    const watcher = await observer();
    const a = server();
    await listening(a);
    await cutServers();
    a.signal.announce();
    expect(watcher.notices()).toBe(0);
    await vi.waitFor(() => expect(watcher.notices()).toBe(1), { timeout: 5_000 });
  });
});
