import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, expect, inject, it } from "vitest";
import { BACKUP_TABLES, BackupError, DERIVED_TABLES, restoreBackup, writeBackup } from "@/lib/backup/backup";
import { publishSampleDisclosures } from "@/lib/disclosures/data-samples";
import { sampleDisclosure } from "@/lib/disclosures/sample";
import { createSampleFacilities } from "@/lib/facilities/data";
import { importCmsFile } from "@/lib/facilities/cms-import";
import { sampleFacilities } from "@/lib/facilities/samples";
import { withClient } from "@/scripts/lib/database";
import { SHIPPED_CMS_FILE } from "../support/cms-files";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

beforeAll(async () => {
  await importCmsFile(SHIPPED_CMS_FILE);
  await createSampleFacilities(sampleFacilities);
  await publishSampleDisclosures(sampleDisclosure);
}, 60_000);

/** Every row of a table, in a stable order, as one checksum. */
const fingerprint = (table: string, columns = "*") =>
  `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM (SELECT ${columns} FROM ${table}) AS t`;

it("restores a backup into an empty database with every row and derived search data", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "backup-")), "scanaware.backup.gz");
  const source = process.env.DATABASE_URL!;
  const written = await withClient(source, (client) => writeBackup(client, file));
  expect(written.facility).toBeGreaterThan(5_400);

  const target = `scanaware_restore_${process.pid}`;
  const targetUrl = await createTestDatabase(inject("adminUrl"), inject("template"), target);
  try {
    const restored = await withClient(targetUrl, (client) => restoreBackup(client, file));
    expect(restored).toEqual(written);
    const tables = ["facility", "facility_word", "disclosure_version", "audit_event", "change_event", ...DERIVED_TABLES];
    for (const query of tables.map((table) => fingerprint(table))) {
      const [before, after] = await Promise.all([source, targetUrl].map((url) => withClient(url, (client) => client.query(query))));
      expect(after!.rows).toEqual(before!.rows);
    }
    // Refuses to restore over data.
    await expect(withClient(targetUrl, (client) => restoreBackup(client, file))).rejects.toBeInstanceOf(BackupError);
  } finally {
    await dropTestDatabase(inject("adminUrl"), target);
  }
}, 60_000);

it("refuses a file that is not a backup", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "backup-")), "not-a-backup.gz");
  fs.writeFileSync(file, "hello");
  await expect(withClient(process.env.DATABASE_URL!, (client) => restoreBackup(client, file))).rejects.toThrow(/not a ScanAware backup/);
});

it("restores nothing from a truncated backup, and says so", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-"));
  const file = path.join(dir, "whole.backup.gz");
  await withClient(process.env.DATABASE_URL!, (client) => writeBackup(client, file));
  const truncated = path.join(dir, "truncated.backup.gz");
  const bytes = fs.readFileSync(file);
  fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));

  const target = `scanaware_truncated_${process.pid}`;
  const targetUrl = await createTestDatabase(inject("adminUrl"), inject("template"), target);
  try {
    await expect(withClient(targetUrl, (client) => restoreBackup(client, truncated))).rejects.toBeInstanceOf(BackupError);
    const { rows } = await withClient(targetUrl, (client) => client.query("SELECT count(*)::int AS n FROM facility"));
    expect(rows[0].n).toBe(0);
  } finally {
    await dropTestDatabase(inject("adminUrl"), target);
  }
}, 60_000);

it("leaves no file behind when a backup cannot be written", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-"));
  fs.mkdirSync(path.join(dir, "taken.partial")); // the place it would write to is a directory
  await expect(withClient(process.env.DATABASE_URL!, (client) => writeBackup(client, path.join(dir, "taken")))).rejects.toThrow();
  expect(fs.readdirSync(dir)).toEqual(["taken.partial"]);
});

it("covers every table that holds data", async () => {
  const { rows } = await withClient(process.env.DATABASE_URL!, (client) =>
    client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'",
    ),
  );
  expect(rows.map((row) => row.table_name).sort()).toEqual([...BACKUP_TABLES.map((entry) => entry.table), ...DERIVED_TABLES].sort());
});
