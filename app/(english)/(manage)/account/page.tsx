import type { Metadata } from "next";
import { Section } from "@/components/ui/section";
import { NewPasswordField } from "@/components/accounts/new-password-field";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { changePasswordAction, resendVerificationAction, signOutEverywhereAction } from "@/lib/accounts/actions";
import { requireActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };

const ROLE_NAMES = { USER: "Member", MODERATOR: "Moderator", ADMIN: "Administrator" } as const;

export default async function AccountPage() {
  const actor = await requireActor("/account");
  return (
    <>
      <h1 className="text-4xl font-bold">Your account</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Name</dt>
        <dd>{actor.name}</dd>
        <dt className="font-semibold">Email address</dt>
        <dd>
          {actor.email} {actor.emailVerified ? "(confirmed)" : "(not confirmed yet)"}
        </dd>
        <dt className="font-semibold">Role</dt>
        <dd>{ROLE_NAMES[actor.role]}</dd>
      </dl>
      {actor.emailVerified ? null : (
        <Section id="confirm" title="Confirm your email address">
          <p>Until you do, you cannot claim a facility or join a team. The link we sent works for 24 hours.</p>
          <ActionForm action={resendVerificationAction} submitLabel="Send me a new link" tone="secondary" />
        </Section>
      )}
      <Section id="password" title="Change your password">
        <p>Changing it signs you out on every other device.</p>
        <ActionForm action={changePasswordAction} submitLabel="Change password">
          <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" />
          <NewPasswordField label="New password" />
        </ActionForm>
      </Section>
      <Section id="everywhere" title="Sign out everywhere">
        <p>Ends every session of this account, on every device, including this one. Use it if you signed in on a shared computer.</p>
        <ActionForm action={signOutEverywhereAction} submitLabel="Sign out everywhere" tone="danger" />
      </Section>
    </>
  );
}
