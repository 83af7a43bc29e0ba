import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess, loadModerationItem } from "@/components/layout/no-access";
import { DecisionForm } from "@/components/moderation/decision-form";
import { DecisionSummary } from "@/components/moderation/decision-summary";
import { DomainHint } from "@/components/moderation/domain-hint";
import { ExternalLink, PhoneLink } from "@/components/moderation/external-link";
import { RequesterDetails } from "@/components/moderation/requester-details";
import { FacilitySection } from "@/components/moderation/facility-section";
import { ItemHeader } from "@/components/moderation/item-header";
import { StatusBadge } from "@/components/moderation/status-badge";
import { decideClaimAction } from "@/lib/claims/actions";
import { getClaim } from "@/lib/claims/data";
import { formatDateTime } from "@/lib/format-time";
import { MEMBER_ROLE_NAMES } from "@/lib/teams/schema";

export const metadata: Metadata = { title: "Review a claim" };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadModerationItem("claims", id, (actor) => getClaim(actor, id));
  if (!result) return <NoAccess />;
  const { actor } = result;
  const claim = result.data;
  const { facility } = claim;

  return (
    <article className="space-y-10">
      <ItemHeader
        back={{ href: "/moderation?tab=claims", label: "Back to the claims" }}
        status={claim.status}
        title={`Claim for ${facility.name}`}
        sentAt={claim.createdAt}
      >
        {claim.user.name} asks to manage this facility&apos;s listing. Submitted
      </ItemHeader>

      <RequesterDetails
        name={claim.user.name}
        email={claim.user.email}
        accountCreatedAt={claim.user.createdAt}
        jobTitle={claim.jobTitle}
        workPhone={claim.workPhone}
        evidence={claim.evidence}
        evidenceUrl={claim.evidenceUrl}
      />

      <FacilitySection
        facility={facility}
        items={[
          ["Website", facility.website ? <ExternalLink url={facility.website} /> : "None on record"],
          ["Switchboard", facility.phone ? <PhoneLink phone={facility.phone} /> : "None on record"],
        ]}
      >
        <p className="max-w-3xl">
          To check, call the facility&apos;s switchboard (the number above, not the one the requester gave) and ask for {claim.user.name},{" "}
          {claim.jobTitle}.
        </p>
      </FacilitySection>

      <DomainHint matches={claim.emailDomainMatches} website={facility.website} />

      <section aria-labelledby="team-heading" className="space-y-3">
        <h2 id="team-heading" className="text-2xl font-bold">
          Current team
        </h2>
        {facility.members.length ? (
          <ul className="list-disc space-y-1 pl-6">
            {facility.members.map((member) => (
              <li key={member.user.email}>
                {member.user.name} ({member.user.email}), {MEMBER_ROLE_NAMES[member.role]}
              </li>
            ))}
          </ul>
        ) : (
          <p>Nobody manages this facility on ScanAware yet.</p>
        )}
      </section>

      <section aria-labelledby="others-heading" className="space-y-3">
        <h2 id="others-heading" className="text-2xl font-bold">
          Other claims for this facility
        </h2>
        {facility.claims.length ? (
          <ul className="space-y-2">
            {facility.claims.map((other) => (
              <li key={other.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/moderation/claims/${other.id}`}>{other.user.email}</Link>, submitted{" "}
                <time dateTime={other.createdAt.toISOString()}>{formatDateTime(other.createdAt)}</time>
                <StatusBadge status={other.status} />
              </li>
            ))}
          </ul>
        ) : (
          <p>There are no other claims for this facility.</p>
        )}
      </section>

      {claim.status !== "PENDING" ? (
        <DecisionSummary
          status={claim.status}
          decidedBy={claim.decidedBy?.email ?? null}
          decidedAt={claim.decidedAt}
          reason={claim.decisionReason}
        />
      ) : claim.user.id === actor.id ? (
        <p className="rounded-card border-l-8 border-line bg-paper-muted p-5">This is your own claim: another moderator must decide it.</p>
      ) : (
        <DecisionForm
          id={claim.id}
          action={decideClaimAction}
          approveMeans={`${claim.user.name} becomes a facility admin of ${facility.name}`}
        />
      )}
    </article>
  );
}
