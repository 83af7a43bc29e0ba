import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SsoButton } from "@/components/accounts/sso-button";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { signInAction } from "@/lib/accounts/actions";
import { signInSchema } from "@/lib/accounts/schema";
import { ssoProvider } from "@/lib/auth/options";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTES: Record<string, string> = {
  everywhere: "You have been signed out on every device.",
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = signInSchema.shape.next.parse(params.next) ?? "/manage";
  if (await getActor()) redirect(next);
  const sso = ssoProvider();
  const note = typeof params["signed-out"] === "string" ? NOTES[params["signed-out"]] : undefined;
  return (
    <>
      <h1 className="text-4xl font-bold">Sign in</h1>
      <p>For people who publish or check a facility&apos;s disclosure. Patients never need an account.</p>
      {note ? (
        <p role="status" className="border-l-8 border-brand bg-paper-muted p-4 font-semibold">
          {note}
        </p>
      ) : null}
      {params.error ? (
        <p role="alert" className="border-l-8 border-error p-4">
          Single sign-on did not complete. Try again, or sign in with your email address and password.
        </p>
      ) : null}
      <ActionForm action={signInAction} submitLabel="Sign in">
        <input type="hidden" name="next" value={next} />
        <TextField name="email" label="Email address" type="email" autoComplete="username" />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" />
      </ActionForm>
      {sso ? <SsoButton name={sso.name} next={next} /> : null}
      <ul className="flex flex-col gap-2">
        <li>
          <Link href="/forgot-password">Forgotten your password?</Link>
        </li>
        <li>
          <Link href="/sign-up">Create an account</Link>
        </li>
      </ul>
    </>
  );
}
