import Link from "next/link";

export function TokenError({ what, retry }: { what: string; retry: string }) {
  return (
    <p role="alert" className="border-l-8 border-error p-4">
      This {what} link is incomplete. Open the whole link from the email, or <Link href={retry}>ask for a new one</Link>.
    </p>
  );
}
