import type { Metadata } from "next";
import { NoAccess, loadForPage } from "@/components/layout/no-access";
import { QueueTabs } from "@/components/moderation/queue-nav";
import { ReportTable } from "@/components/moderation/report-table";
import { Field, inputClass } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { requireActor } from "@/lib/auth/session";
import { firstValues } from "@/lib/facilities/search-params";
import { listReports } from "@/lib/reports/data";
import type { ReportStatusValue } from "@/lib/reports/schema";

export const metadata: Metadata = { title: "Reports of inaccuracies" };

const STATUSES: { value: string; label: string; status?: ReportStatusValue; caption: string }[] = [
  { value: "open", label: "Waiting for review", status: "OPEN", caption: "Reports waiting for review" },
  { value: "resolved", label: "Resolved", status: "RESOLVED", caption: "Resolved reports" },
  { value: "dismissed", label: "Dismissed", status: "DISMISSED", caption: "Dismissed reports" },
  { value: "all", label: "All", caption: "All reports" },
];

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = firstValues(await searchParams);
  const chosen = STATUSES.find((option) => option.value === raw.status) ?? STATUSES[0]!;
  const actor = await requireActor("/moderation/reports");
  const result = await loadForPage(() => listReports(actor, { status: chosen.status }));
  if (!result) return <NoAccess />;
  const rows = result.data;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold">Moderation queue</h1>
        <p className="max-w-3xl">
          Visitors report what they think is wrong on a facility&apos;s page. Check each report with the facility, then resolve or dismiss
          it.
        </p>
      </div>

      {raw.decided === "resolved" || raw.decided === "dismissed" ? (
        <div role="status" className="rounded-card border-l-8 border-brand bg-paper-muted p-5 font-semibold">
          Decision recorded: the report was {raw.decided}. If its sender left an email address, we have emailed them.
        </div>
      ) : null}

      <QueueTabs tab="reports" />
      <FilterForm action="/moderation/reports" label="Filter reports" submitLabel="Show reports">
        <Field id="status" label="Status">
          {(props) => (
            <select {...props} name="status" defaultValue={chosen.value} className={inputClass}>
              {STATUSES.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </FilterForm>

      <section aria-label="Reports" className="space-y-3">
        {rows.length === 0 ? (
          <div role="status" className="rounded-card border-l-8 border-brand bg-paper-muted p-5">
            <h2 className="text-xl font-bold">
              {chosen.status === "OPEN" ? "No reports are waiting for review" : "There are no reports to show"}
            </h2>
            <p>{chosen.status === "OPEN" ? "Nothing needs a decision for now." : "Choose another status to see other reports."}</p>
          </div>
        ) : (
          <>
            <ReportTable caption={chosen.caption} rows={rows} />
            {rows.length >= 100 ? <p>Showing the first 100.</p> : null}
            {chosen.status === "OPEN" ? <p className="text-base text-ink-muted">Oldest first, so nobody waits longest.</p> : null}
          </>
        )}
      </section>
    </div>
  );
}
