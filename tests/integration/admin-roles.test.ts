import { expect, it } from "vitest";
import { setUserRole } from "@/lib/accounts/data-admin";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { createUser, nextIp } from "./support/accounts";

it("two administrators demoting each other at the same moment leave one administrator", async () => {
  await db().user.updateMany({ where: { role: "ADMIN" }, data: { role: "USER" } });
  const [a, b] = [await createUser({ role: "ADMIN" }), await createUser({ role: "ADMIN" })];
  const outcomes = await Promise.allSettled([setUserRole(a, b!.id, "USER", nextIp()), setUserRole(b, a!.id, "USER", nextIp())]);
  expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
  const refused = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
  expect(refused.reason).toBeInstanceOf(ConflictError);
  expect(await db().user.count({ where: { role: "ADMIN" } })).toBe(1);
});
