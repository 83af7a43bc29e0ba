import type { Metadata } from "next";
import { TokenError } from "@/components/accounts/token-error";
import { NewPasswordField } from "@/components/accounts/new-password-field";
import { ActionForm } from "@/components/forms/action-form";
import { resetPasswordAction } from "@/lib/accounts/actions";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-4xl font-bold">Choose a new password</h1>
      {typeof token !== "string" ? (
        <TokenError what="password reset" retry="/forgot-password" />
      ) : (
        <>
          <p>Choosing a new password signs you out on every other device.</p>
          <ActionForm action={resetPasswordAction} submitLabel="Save new password">
            <input type="hidden" name="token" value={token} />
            <NewPasswordField label="New password" />
          </ActionForm>
        </>
      )}
    </>
  );
}
