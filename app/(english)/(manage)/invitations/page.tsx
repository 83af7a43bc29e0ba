import type { Metadata } from "next";
import Link from "next/link";
import { TokenError } from "@/components/accounts/token-error";
import { VerifyFirst } from "@/components/accounts/verify-first";
import { ActionForm } from "@/components/forms/action-form";
import { loadForPage } from "@/components/layout/no-access";
import { getActor } from "@/lib/auth/session";
import { acceptInvitationAction } from "@/lib/teams/actions";
import { getInvitation } from "@/lib/teams/data";
import { MEMBER_ROLE_NAMES } from "@/lib/teams/schema";

export const metadata: Metadata = { title: "Invitation" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

const CLOSED = {
  accepted: "This invitation has already been accepted.",
  revoked: "This invitation was withdrawn by the facility's admin.",
  expired: "This invitation has expired. Ask the facility's admin to send a new one.",
} as const;

export default async function InvitationPage({ searchParams }: Props) {
  const { token } = await searchParams;
  if (typeof token !== "string") return <TokenError what="invitation" retry="/manage" />;
  const loaded = await loadForPage(() => getInvitation(token));
  const invitation = loaded!.data;
  const actor = await getActor();
  const here = `/invitations?token=${encodeURIComponent(token)}`;

  return (
    <>
      <h1 className="text-4xl font-bold">Join the team of {invitation.facility.name}</h1>
      <p>
        {invitation.invitedBy.name} invited {invitation.email} to help publish this facility&apos;s disclosure as{" "}
        {MEMBER_ROLE_NAMES[invitation.role]}.
      </p>
      {invitation.state !== "open" ? (
        <p role="alert" className="border-l-8 border-error p-4">
          {CLOSED[invitation.state]}
        </p>
      ) : !actor ? (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link> with {invitation.email} to accept, or{" "}
          <Link href="/sign-up">create an account</Link> with that address first and then open this link again.
        </p>
      ) : !actor.emailVerified ? (
        <VerifyFirst email={actor.email} action="joining a team" />
      ) : (
        <ActionForm action={acceptInvitationAction} submitLabel="Accept invitation">
          <input type="hidden" name="token" value={token} />
          {actor.email !== invitation.email ? (
            <p>
              You are signed in as {actor.email}, but the invitation is for {invitation.email}. Sign in with that address to accept it.
            </p>
          ) : null}
        </ActionForm>
      )}
    </>
  );
}
