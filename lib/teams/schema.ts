import { z } from "zod";
import { emailSchema } from "@/lib/accounts/schema";

export const MEMBER_ROLES = ["FACILITY_ADMIN", "EDITOR"] as const;
export type MemberRoleValue = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_LABELS: Record<MemberRoleValue, string> = {
  FACILITY_ADMIN: "Facility admin (manages the team and publishes)",
  EDITOR: "Editor (edits drafts)",
};

export const MEMBER_ROLE_NAMES: Record<MemberRoleValue, string> = { FACILITY_ADMIN: "facility admin", EDITOR: "editor" };

export const inviteSchema = z.object({
  facilityId: z.uuid({ error: "Not a facility we know." }),
  email: emailSchema,
  role: z.enum(MEMBER_ROLES, { error: "Choose a role." }),
});

export type InviteInput = z.infer<typeof inviteSchema>;

export const memberSchema = z.object({
  facilityId: z.uuid({ error: "Not a facility we know." }),
  userId: z.uuid({ error: "Not a member we know." }),
});

export const invitationIdSchema = z.object({
  facilityId: z.uuid({ error: "Not a facility we know." }),
  invitationId: z.uuid({ error: "Not an invitation we know." }),
});
