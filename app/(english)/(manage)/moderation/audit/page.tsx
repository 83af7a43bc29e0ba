import { FilterForm } from "@/components/ui/filter-form";
import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess, loadForPage } from "@/components/layout/no-access";
import { AuditTable } from "@/components/moderation/audit-table";
import { Field, inputClass } from "@/components/ui/field";
import { listAuditEvents } from "@/lib/audit/data";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/audit/schema";
import { requireActor } from "@/lib/auth/session";
import { firstValues } from "@/lib/facilities/search-params";

export const metadata: Metadata = { title: "Audit log" };

// The largest value of a PostgreSQL bigint: a longer cursor in the URL is not one we handed out.
const MAX_ID = 9223372036854775807n;

function readBefore(value: string | undefined): bigint | undefined {
  if (!value || !/^\d{1,19}$/.test(value)) return undefined;
  const id = BigInt(value);
  return id > 0n && id <= MAX_ID ? id : undefined;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = firstValues(await searchParams);
  const action = raw.action && isAuditAction(raw.action) ? raw.action : undefined;
  const who = (raw.who ?? "").trim().slice(0, 254);
  const before = readBefore(raw.before);
  const actor = await requireActor("/moderation/audit");
  const result = await loadForPage(() => listAuditEvents(actor, { action, who: who || undefined, before }));
  if (!result) return <NoAccess />;
  const { events, nextBefore } = result.data;

  const href = (cursor?: bigint) => {
    const params = new URLSearchParams();
    if (action) params.set("action", action);
    if (who) params.set("who", who);
    if (cursor) params.set("before", cursor.toString());
    return `/moderation/audit${params.size ? `?${params}` : ""}`;
  };
  const filtered = Boolean(action || who);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold">Audit log</h1>
        <p className="max-w-3xl">
          Every sign-in, role change, claim, new facility and team change, newest first. Entries cannot be changed or deleted. Times are in
          UTC.
        </p>
      </div>

      <FilterForm action="/moderation/audit" label="Filter the audit log" submitLabel="Show entries">
        <Field id="action" label="What happened">
          {(props) => (
            <select {...props} name="action" defaultValue={action ?? ""} className={inputClass}>
              <option value="">Anything</option>
              {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="min-w-64 flex-1">
          <Field id="who" label="Who" hint="Part of an email address, or the exact id of a claim, request or account">
            {(props) => <input {...props} name="who" type="search" defaultValue={who} autoComplete="off" className={inputClass} />}
          </Field>
        </div>
      </FilterForm>

      <section aria-label="Entries" className="space-y-4">
        {events.length === 0 ? (
          <div role="status" className="rounded-card border-l-8 border-brand bg-paper-muted p-5">
            <h2 className="text-xl font-bold">{filtered ? "No entries match this filter" : "The audit log has no entries yet"}</h2>
            {filtered ? (
              <p>
                <Link href="/moderation/audit">Show every entry</Link>
              </p>
            ) : null}
          </div>
        ) : (
          <AuditTable
            caption={`${filtered ? "Matching entries" : "Entries"}${before ? ", older page" : ", newest first"}`}
            events={events}
          />
        )}
        {before || nextBefore ? (
          <nav aria-label="Pages of the audit log" className="no-print flex flex-wrap gap-6">
            {before ? <Link href={href()}>Newest entries</Link> : null}
            {nextBefore ? <Link href={href(nextBefore)}>Older entries</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
