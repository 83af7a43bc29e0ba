import { DataTable } from "@/components/ui/data-table";
import type { Metadata } from "next";
import { Section } from "@/components/ui/section";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { loadForPage, NoAccess } from "@/components/layout/no-access";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { inviteMemberAction, removeMemberAction, revokeInvitationAction } from "@/lib/teams/actions";
import { getTeam } from "@/lib/teams/data";
import { MEMBER_ROLE_LABELS, MEMBER_ROLE_NAMES, MEMBER_ROLES } from "@/lib/teams/schema";

export const metadata: Metadata = { title: "Team" };

type Props = { params: Promise<{ facilityId: string }>; searchParams: Promise<{ joined?: string }> };

const ROLE_OPTIONS = MEMBER_ROLES.map((role) => ({ value: role, label: MEMBER_ROLE_LABELS[role] }));

export default async function TeamPage({ params, searchParams }: Props) {
  const { facilityId } = await params;
  const actor = await requireActor(`/manage/${facilityId}/team`);
  const loaded = await loadForPage(() => getTeam(actor, facilityId));
  if (!loaded) return <NoAccess />;
  const { facility, canManage } = loaded.data;
  const joined = (await searchParams).joined !== undefined;

  return (
    <>
      <h1 className="text-4xl font-bold">{facility.name}: team</h1>
      {joined ? (
        <p role="status" className="border-l-8 border-brand bg-paper-muted p-4 font-semibold">
          Welcome to the team of {facility.name}.
        </p>
      ) : null}
      <p>
        <Link href={`/facilities/${facility.slug}`}>See the facility&apos;s public page</Link>
      </p>
      <Section id="members" title="Members">
        <DataTable columns={["Name", "Email address", "Role", "Since", { label: "Actions", hidden: true }]}>
          {facility.members.map((member) => (
            <tr key={member.user.id} className="border-b border-line align-top">
              <td className="py-2 pr-4">{member.user.name}</td>
              <td className="py-2 pr-4">{member.user.email}</td>
              <td className="py-2 pr-4">{MEMBER_ROLE_NAMES[member.role]}</td>
              <td className="py-2 pr-4">{formatDate(member.createdAt)}</td>
              <td className="py-2">
                {canManage || member.user.id === actor.id ? (
                  <ActionForm
                    action={removeMemberAction}
                    submitLabel={member.user.id === actor.id ? "Leave the team" : `Remove ${member.user.name}`}
                    tone="secondary"
                    className="flex flex-col gap-2"
                  >
                    <input type="hidden" name="facilityId" value={facility.id} />
                    <input type="hidden" name="userId" value={member.user.id} />
                  </ActionForm>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
      {canManage ? (
        <>
          {facility.invitations.length ? (
            <Section id="open-invitations" title="Open invitations">
              <ul className="flex flex-col gap-3">
                {facility.invitations.map((invitation) => (
                  <li key={invitation.id} className="flex flex-wrap items-center gap-4">
                    <span>
                      {invitation.email} as {MEMBER_ROLE_NAMES[invitation.role]}, until {formatDate(invitation.expiresAt)}
                    </span>
                    <ActionForm
                      action={revokeInvitationAction}
                      submitLabel={`Withdraw invitation to ${invitation.email}`}
                      tone="secondary"
                      className="flex flex-col gap-2"
                    >
                      <input type="hidden" name="facilityId" value={facility.id} />
                      <input type="hidden" name="invitationId" value={invitation.id} />
                    </ActionForm>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section id="invite" title="Invite someone">
            <p>We email them a link that works for 7 days. They sign up (or sign in) with that address to accept.</p>
            <ActionForm action={inviteMemberAction} submitLabel="Send invitation">
              <input type="hidden" name="facilityId" value={facility.id} />
              <TextField name="email" label="Their work email address" type="email" autoComplete="off" />
              <SelectField name="role" label="Role" options={ROLE_OPTIONS} defaultValue="EDITOR" />
            </ActionForm>
          </Section>
        </>
      ) : (
        <p>Only the facility&apos;s admins can invite or remove members.</p>
      )}
    </>
  );
}
