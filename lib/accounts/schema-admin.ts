import { z } from "zod";
import type { GlobalRole } from "@/lib/auth/actor";

// Shared by the role form on /admin/users and the server.

export const GLOBAL_ROLES = ["USER", "MODERATOR", "ADMIN"] as const satisfies readonly GlobalRole[];

export const GLOBAL_ROLE_LABELS: Record<GlobalRole, string> = {
  USER: "User (no moderation role)",
  MODERATOR: "Moderator",
  ADMIN: "Administrator",
};

export const setUserRoleSchema = z.object({
  userId: z.uuid({ error: "Not an account we know." }),
  role: z.enum(GLOBAL_ROLES, { error: "Choose a role." }),
});

export type SetUserRoleInput = z.infer<typeof setUserRoleSchema>;
