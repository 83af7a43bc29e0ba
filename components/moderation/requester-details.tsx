import { formatDate } from "@/lib/format";
import { formatAge } from "@/lib/format-time";
import { DetailList } from "./detail-list";
import { ExternalLink, PhoneLink } from "./external-link";

/** Who is asking and what they offer as evidence: the same for claims and new-facility requests. */
export function RequesterDetails({
  name,
  email,
  accountCreatedAt,
  jobTitle,
  workPhone,
  evidence,
  evidenceUrl,
}: {
  name: string;
  email: string;
  /** Unknown when the data layer does not return it. */
  accountCreatedAt?: Date;
  jobTitle: string;
  workPhone: string;
  evidence: string;
  evidenceUrl?: string | null;
}) {
  return (
    <>
      <section aria-labelledby="requester-heading" className="space-y-3">
        <h2 id="requester-heading" className="text-2xl font-bold">
          The requester
        </h2>
        <DetailList
          items={[
            ["Name", name],
            [
              "Email",
              <a key="email" href={`mailto:${email}`} className="break-all">
                {email}
              </a>,
            ],
            ["Account created", accountCreatedAt ? `${formatDate(accountCreatedAt)} (${formatAge(accountCreatedAt)})` : null],
            ["Job title", jobTitle],
            ["Work phone they gave", <PhoneLink key="phone" phone={workPhone} />],
          ]}
        />
      </section>
      <section aria-labelledby="evidence-heading" className="space-y-3">
        <h2 id="evidence-heading" className="text-2xl font-bold">
          Their evidence
        </h2>
        <blockquote className="max-w-3xl border-l-4 border-line pl-4 whitespace-pre-wrap">{evidence}</blockquote>
        {evidenceUrl ? (
          <p>
            Link they gave: <ExternalLink url={evidenceUrl} />
            <br />
            <span className="text-base text-ink-muted">Check the address before you open it: the requester chose it.</span>
          </p>
        ) : (
          <p>They gave no link.</p>
        )}
      </section>
    </>
  );
}
