import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess, loadModerationItem } from "@/components/layout/no-access";
import { DecisionForm } from "@/components/moderation/decision-form";
import { DecisionSummary } from "@/components/moderation/decision-summary";
import { DetailList } from "@/components/moderation/detail-list";
import { DomainHint } from "@/components/moderation/domain-hint";
import { ExternalLink, PhoneLink } from "@/components/moderation/external-link";
import { RequesterDetails } from "@/components/moderation/requester-details";
import { ItemHeader } from "@/components/moderation/item-header";
import { emailMatchesWebsite } from "@/lib/claims/email-domain";
import { FACILITY_KIND_LABELS } from "@/lib/facilities/schema";
import { US_STATES } from "@/lib/facilities/us-states";
import { decideRegistrationAction } from "@/lib/registrations/actions";
import { getRegistration } from "@/lib/registrations/data";

export const metadata: Metadata = { title: "Review a new facility" };

export default async function RegistrationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadModerationItem("registrations", id, (actor) => getRegistration(actor, id));
  if (!result) return <NoAccess />;
  const { actor } = result;
  const { registration, duplicates } = result.data;
  const stateName = US_STATES[registration.state as keyof typeof US_STATES] ?? registration.state;

  return (
    <article className="space-y-10">
      <ItemHeader
        back={{ href: "/moderation?tab=registrations", label: "Back to the new facilities" }}
        status={registration.status}
        title={`New facility: ${registration.name}`}
        sentAt={registration.createdAt}
      >
        {registration.user.name} asks to add this facility to the directory and to manage it. Submitted
      </ItemHeader>

      <section aria-labelledby="proposed-heading" className="space-y-3">
        <h2 id="proposed-heading" className="text-2xl font-bold">
          The proposed facility
        </h2>
        <DetailList
          items={[
            ["Name", registration.name],
            ["Kind", FACILITY_KIND_LABELS[registration.kind]],
            ["Address", `${registration.address}, ${registration.city}, ${stateName} ${registration.zip}`],
            ["Phone", registration.phone ? <PhoneLink key="phone" phone={registration.phone} /> : "None given"],
            ["Website", registration.website ? <ExternalLink key="website" url={registration.website} /> : "None given"],
            [
              "Listing",
              registration.facility ? (
                <Link key="listing" href={`/facilities/${registration.facility.slug}`}>
                  Published in the directory
                </Link>
              ) : null,
            ],
          ]}
        />
        <p className="max-w-3xl">
          The phone number and website above come from the requester. Look the facility up yourself (a state license register, a search
          engine) and call the number you find there.
        </p>
      </section>

      <section aria-labelledby="duplicates-heading" className="space-y-3">
        <h2 id="duplicates-heading" className="text-2xl font-bold">
          Possible duplicates
        </h2>
        {duplicates.length ? (
          <>
            <p>
              Listed facilities in {stateName} with the same ZIP code or a similar name. If one is this facility, reject the request and
              suggest the requester claims that listing instead.
            </p>
            <ul className="list-disc space-y-1 pl-6">
              {duplicates.map((facility) => (
                <li key={facility.id}>
                  <Link href={`/facilities/${facility.slug}`}>{facility.name}</Link>, {facility.city}, {facility.state} {facility.zip}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            We found no listed facility in {stateName} with the same ZIP code or a similar name. A different spelling can still hide one:{" "}
            <Link href={`/facilities?${new URLSearchParams({ q: registration.city, state: registration.state })}`}>
              search the directory for {registration.city}
            </Link>
            .
          </p>
        )}
      </section>

      <RequesterDetails
        name={registration.user.name}
        email={registration.user.email}
        jobTitle={registration.jobTitle}
        workPhone={registration.workPhone}
        evidence={registration.evidence}
      />

      <DomainHint
        matches={emailMatchesWebsite(registration.user.email, registration.website)}
        website={registration.website}
        websiteFromRequester
      />

      {registration.status !== "PENDING" ? (
        <DecisionSummary
          status={registration.status}
          decidedBy={registration.decidedBy?.email ?? null}
          decidedAt={registration.decidedAt}
          reason={registration.decisionReason}
        />
      ) : registration.userId === actor.id ? (
        <p className="rounded-card border-l-8 border-line bg-paper-muted p-5">
          This is your own request: another moderator must decide it.
        </p>
      ) : (
        <DecisionForm
          id={registration.id}
          action={decideRegistrationAction}
          approveMeans={`${registration.name} is published in the directory, with ${registration.user.name} as its facility admin`}
        />
      )}
    </article>
  );
}
