import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase } from "@/lib/db-handle";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

// Each test file gets its own copy of the migrated template, so files run in parallel and
// never see each other's rows.
const name = `scanaware_test_${process.pid}_${Date.now()}`;

// The data layer reads its configuration like the app does; mail goes to the outbox table (no SMTP_URL).
process.env.AUTH_SECRET ??= "integration-tests-session-secret-0123456789";
process.env.APP_URL ??= "http://scanaware.test";
// Tests make many API requests from one address; the limit has a test of its own.
process.env.API_RATE_LIMIT_PER_MINUTE ??= "0";

beforeAll(async () => {
  process.env.DATABASE_URL = await createTestDatabase(inject("adminUrl"), inject("template"), name);
});

afterAll(async () => {
  await closeDatabase();
  await dropTestDatabase(inject("adminUrl"), name);
});
