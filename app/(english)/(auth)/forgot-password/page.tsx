import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { requestResetAction } from "@/lib/accounts/actions";

export const metadata: Metadata = { title: "Forgotten password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-4xl font-bold">Forgotten password</h1>
      <p>We will email you a link to choose a new password. For your safety, it works once and for 1 hour.</p>
      <ActionForm action={requestResetAction} submitLabel="Send me a link">
        <TextField name="email" label="Email address" type="email" autoComplete="username" />
      </ActionForm>
    </>
  );
}
