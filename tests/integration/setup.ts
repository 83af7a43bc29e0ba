import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase } from "@/lib/db-handle";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

// Each test file gets its own copy of the migrated template, so files run in parallel and
// never see each other's rows.
const name = `scanaware_test_${process.pid}_${Date.now()}`;

beforeAll(async () => {
  process.env.DATABASE_URL = await createTestDatabase(inject("adminUrl"), inject("template"), name);
});

afterAll(async () => {
  await closeDatabase();
  await dropTestDatabase(inject("adminUrl"), name);
});
