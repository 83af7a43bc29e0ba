import { expect, it } from "vitest";
import { runPrisma } from "@/scripts/lib/prisma-cli";

it("has committed migrations that produce exactly prisma/schema.prisma", async () => {
  // --exit-code makes a difference fail the command: a schema change without its migration.
  const output = await runPrisma(
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
    process.env.DATABASE_URL!,
    "pipe",
  );
  expect(output).toContain("No difference detected");
});
