import Link from "next/link";

export function VerifyFirst({ email, action }: { email: string; action: string }) {
  return (
    <p className="border-l-8 border-sample bg-sample-bg p-4">
      Confirm your email address before {action}: open the link we sent to {email}, or <Link href="/account">ask for a new one</Link>.
    </p>
  );
}
