"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { acceptInvitation, inviteMember, removeMember, revokeInvitation } from "./data";
import { invitationIdSchema, inviteSchema, memberSchema } from "./schema";

const teamPath = (facilityId: string) => `/manage/${facilityId}/team`;

export const inviteMemberAction = formAction(inviteSchema, async (input, { actor, ip }) => {
  await inviteMember(actor, input, ip);
  revalidatePath(teamPath(input.facilityId));
  return { success: `We have emailed an invitation to ${input.email}. It works for 7 days.` };
});

export const revokeInvitationAction = formAction(invitationIdSchema, async (input, { actor, ip }) => {
  await revokeInvitation(actor, input.facilityId, input.invitationId, ip);
  revalidatePath(teamPath(input.facilityId));
  return { success: "The invitation was withdrawn; its link no longer works." };
});

export const removeMemberAction = formAction(memberSchema, async (input, { actor, ip }) => {
  await removeMember(actor, input.facilityId, input.userId, ip);
  if (actor?.id === input.userId) redirect("/manage");
  revalidatePath(teamPath(input.facilityId));
  return { success: "Removed from the team." };
});

export const acceptInvitationAction = formAction(z.object({ token: z.string().min(1).max(100) }), async (input, { actor, ip }) => {
  const { facilityId } = await acceptInvitation(actor, input.token, ip);
  redirect(`${teamPath(facilityId)}?joined=1`);
});
