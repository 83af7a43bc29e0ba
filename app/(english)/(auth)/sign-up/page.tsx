import type { Metadata } from "next";
import Link from "next/link";
import { NewPasswordField } from "@/components/accounts/new-password-field";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { signUpAction } from "@/lib/accounts/actions";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <>
      <h1 className="text-4xl font-bold">Create an account</h1>
      <p>
        An account lets you speak for a facility: claim it, publish its disclosure and manage its team. Patients never need one — every
        disclosure is public.
      </p>
      <ActionForm action={signUpAction} submitLabel="Create account">
        <TextField name="name" label="Your name" autoComplete="name" />
        <TextField
          name="email"
          label="Work email address"
          type="email"
          autoComplete="email"
          hint="We send a link to confirm it. An address at your facility's own web domain helps moderators check your claim."
        />
        <NewPasswordField label="Password" />
      </ActionForm>
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
