import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <>
      <h1 className="text-4xl font-bold">Check your email</h1>
      <p>We have sent a link to the address you gave. Open it within 24 hours to confirm your address; then you can claim a facility.</p>
      <p>
        Nothing arrived after a few minutes? Check your spam folder, or <Link href="/sign-in">sign in</Link> and ask for a new link.
      </p>
    </>
  );
}
