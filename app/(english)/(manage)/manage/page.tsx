import type { Metadata } from "next";
import Link from "next/link";
import { VerifyFirst } from "@/components/accounts/verify-first";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/session";
import { listMyClaims } from "@/lib/claims/data";
import { REVIEW_STATUS_LABELS } from "@/lib/claims/schema";
import { formatDate } from "@/lib/format";
import { listMyRegistrations } from "@/lib/registrations/data";
import { listMyFacilities } from "@/lib/teams/data";
import { MEMBER_ROLE_NAMES } from "@/lib/teams/schema";

export const metadata: Metadata = { title: "My facilities" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTES: [key: string, text: string][] = [
  ["verified", "Your email address is confirmed. You can now claim a facility."],
  ["claimed", "Your claim has been sent. A moderator will check it, usually within two working days, and email you the decision."],
  ["registered", "Thank you: a moderator will check the facility you proposed and email you the decision."],
  ["password", "Your new password is saved, and every other session has been signed out."],
];

export default async function ManagePage({ searchParams }: Props) {
  const actor = await requireActor("/manage");
  const params = await searchParams;
  const note = NOTES.find(([key]) => params[key] !== undefined)?.[1];
  const [facilities, claims, registrations] = await Promise.all([
    listMyFacilities(actor),
    actor.emailVerified ? listMyClaims(actor) : [],
    actor.emailVerified ? listMyRegistrations(actor) : [],
  ]);

  return (
    <>
      <h1 className="text-4xl font-bold">My facilities</h1>
      {note ? (
        <p role="status" className="border-l-8 border-brand bg-paper-muted p-4 font-semibold">
          {note}
        </p>
      ) : null}
      {actor.emailVerified ? null : <VerifyFirst email={actor.email} action="claiming a facility" />}
      {facilities.length ? (
        <ul className="flex flex-col gap-4">
          {facilities.map(({ facility, role }) => (
            <li key={facility.id} className="rounded border border-line p-4">
              <h2 className="text-2xl font-bold">
                <Link href={`/facilities/${facility.slug}`}>{facility.name}</Link>
              </h2>
              <p>
                {facility.city}, {facility.state} · You are {role === "FACILITY_ADMIN" ? "a" : "an"} {MEMBER_ROLE_NAMES[role]}
              </p>
              <p>
                <Link href={`/manage/${facility.id}/disclosure`}>Disclosure</Link> · <Link href={`/manage/${facility.id}/team`}>Team</Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          You do not manage a facility yet. <Link href="/facilities">Find your facility</Link> and choose &ldquo;Claim this facility&rdquo;
          on its page; if it is not listed, <Link href="/register-facility">propose it</Link>.
        </p>
      )}
      <Requests title="Your claims" rows={claims.map((claim) => ({ ...claim, name: claim.facility.name }))} />
      <Requests title="Facilities you proposed" rows={registrations} />
    </>
  );
}

function Requests({
  title,
  rows,
}: {
  title: string;
  rows: { id: string; name: string; status: keyof typeof REVIEW_STATUS_LABELS; createdAt: Date; decisionReason: string | null }[];
}) {
  if (!rows.length) return null;
  return (
    <section aria-label={title} className="flex flex-col gap-3">
      <h2 className="text-2xl font-bold">{title}</h2>
      <ul className="flex flex-col gap-3">
        {rows.map((row) => (
          <li key={row.id}>
            <span className="font-semibold">{row.name}</span> — sent {formatDate(row.createdAt)}{" "}
            <Badge tone={row.status === "PENDING" ? "info" : "neutral"}>{REVIEW_STATUS_LABELS[row.status]}</Badge>
            {row.decisionReason ? <p className="text-ink-muted">Moderator&apos;s note: {row.decisionReason}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
