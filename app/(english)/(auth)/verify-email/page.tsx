import type { Metadata } from "next";
import { TokenError } from "@/components/accounts/token-error";
import { ActionForm } from "@/components/forms/action-form";
import { verifyEmailAction } from "@/lib/accounts/actions";

export const metadata: Metadata = { title: "Confirm your email address" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Confirming takes a press of a button, not just opening the link: mail scanners that follow
// links must not use up the person's link.
export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-4xl font-bold">Confirm your email address</h1>
      {typeof token !== "string" ? (
        <TokenError what="confirmation" retry="/account" />
      ) : (
        <ActionForm action={verifyEmailAction} submitLabel="Confirm my email address">
          <input type="hidden" name="token" value={token} />
        </ActionForm>
      )}
    </>
  );
}
