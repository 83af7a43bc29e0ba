import { renderToStaticMarkup } from "react-dom/server";
import { AuditTable } from "@/components/moderation/audit-table";
import { QueueTable } from "@/components/moderation/queue-table";
import { DomainHint } from "@/components/moderation/domain-hint";
import { formatDateTime, formatAge } from "@/lib/format-time";
console.log(formatDateTime(new Date("2026-03-04T15:04:00Z")), "|", formatAge(new Date(Date.now() - 40 * 864e5)));
console.log(renderToStaticMarkup(<AuditTable caption="Entries" events={[{ id: 5n, at: new Date(), actorEmail: null, ip: "1.2.3.4", action: "claim.approved", subjectType: "claim", subjectId: "abc", details: { facilityId: "x", reason: "", nested: { a: 1 } } }]} />));
console.log(renderToStaticMarkup(<QueueTable caption="C" showDomain rows={[{ id: "1", href: "/x", facility: "F", place: "P", requester: "r@x", submittedAt: new Date(), domainMatches: true, status: "APPROVED", decidedBy: "m@x", decidedAt: new Date() }]} />));
console.log(renderToStaticMarkup(<DomainHint matches={false} website={null} websiteFromRequester />));
