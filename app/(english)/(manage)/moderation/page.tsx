import type { Metadata } from "next";
import { NoAccess, loadForPage } from "@/components/layout/no-access";
import { QueueFilter, QueueTabs, type QueueStatus, type QueueTab } from "@/components/moderation/queue-nav";
import { QueueTable, type QueueRow } from "@/components/moderation/queue-table";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listClaims } from "@/lib/claims/data";
import type { ReviewStatusValue } from "@/lib/claims/schema";
import { firstValues } from "@/lib/facilities/search-params";
import { listRegistrations } from "@/lib/registrations/data";

export const metadata: Metadata = { title: "Moderation queue" };

const STATUS_FILTER: Record<QueueStatus, ReviewStatusValue | undefined> = {
  pending: "PENDING",
  approved: "APPROVED",
  rejected: "REJECTED",
  all: undefined,
};

const CAPTIONS: Record<QueueTab, Record<QueueStatus, string>> = {
  claims: { pending: "Claims waiting for review", approved: "Approved claims", rejected: "Rejected claims", all: "All claims" },
  registrations: {
    pending: "New facilities waiting for review",
    approved: "Approved new facilities",
    rejected: "Rejected new facilities",
    all: "All new-facility requests",
  },
};

/** Both queues as rows of one table, so the two tabs look and read alike. */
async function loadRows(actor: Actor, tab: QueueTab, filter: { status?: ReviewStatusValue; q: string }): Promise<QueueRow[]> {
  if (tab === "claims") {
    return (await listClaims(actor, filter)).map((claim) => ({
      id: claim.id,
      href: `/moderation/claims/${claim.id}`,
      facility: claim.facility.name,
      place: `${claim.facility.city}, ${claim.facility.state}`,
      requester: claim.user.email,
      submittedAt: claim.createdAt,
      domainMatches: claim.emailDomainMatches,
      status: claim.status,
      decidedBy: claim.decidedBy?.email ?? null,
      decidedAt: claim.decidedAt,
    }));
  }
  return (await listRegistrations(actor, filter)).map((registration) => ({
    id: registration.id,
    href: `/moderation/registrations/${registration.id}`,
    facility: registration.name,
    place: `${registration.city}, ${registration.state}`,
    requester: registration.user.email,
    submittedAt: registration.createdAt,
    status: registration.status,
    decidedBy: registration.decidedBy?.email ?? null,
    decidedAt: registration.decidedAt,
  }));
}

export default async function ModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = firstValues(await searchParams);
  const tab: QueueTab = raw.tab === "registrations" ? "registrations" : "claims";
  const status: QueueStatus = raw.status && Object.hasOwn(STATUS_FILTER, raw.status) ? (raw.status as QueueStatus) : "pending";
  const q = (raw.q ?? "").trim().slice(0, 200);
  const actor = await requireActor("/moderation");
  const result = await loadForPage(() => loadRows(actor, tab, { status: STATUS_FILTER[status], q }));
  if (!result) return <NoAccess />;
  const rows = result.data;
  const noun = tab === "claims" ? "claims" : "new-facility requests";

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold">Moderation queue</h1>
        <p className="max-w-3xl">
          People who work at a facility ask to manage its listing (claims) or to add a facility that is not listed yet (new facilities).
          Check each request with the facility before approving it.
        </p>
      </div>

      {raw.decided === "approved" || raw.decided === "rejected" ? (
        <div role="status" className="rounded-card border-l-8 border-brand bg-paper-muted p-5 font-semibold">
          Decision recorded: the request was {raw.decided}. We have emailed the requester.
        </div>
      ) : null}

      <QueueTabs tab={tab} status={status} q={q} />
      <QueueFilter tab={tab} status={status} q={q} />

      <section aria-label="Requests" className="space-y-3">
        {rows.length === 0 ? (
          <div role="status" className="rounded-card border-l-8 border-brand bg-paper-muted p-5">
            <h2 className="text-xl font-bold">
              {q ? `No ${noun} match “${q}”` : status === "pending" ? `No ${noun} are waiting for review` : `There are no ${noun} to show`}
            </h2>
            <p>
              {q
                ? "Check the spelling, search for part of the name or address, or choose the status “All”."
                : status === "pending"
                  ? "Nothing needs a decision for now."
                  : "Choose another status to see other requests."}
            </p>
          </div>
        ) : (
          <>
            <QueueTable caption={`${CAPTIONS[tab][status]}${q ? ` matching “${q}”` : ""}`} rows={rows} showDomain={tab === "claims"} />
            {rows.length >= 100 ? <p>Showing the first 100. Narrow the search to see others.</p> : null}
            {status === "pending" ? <p className="text-base text-ink-muted">Oldest first, so nobody waits longest.</p> : null}
          </>
        )}
      </section>
    </div>
  );
}
