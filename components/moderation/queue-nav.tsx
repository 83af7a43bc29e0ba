import { FilterForm } from "@/components/ui/filter-form";
import Link from "next/link";
import { Field, inputClass } from "@/components/ui/field";

export type QueueTab = "claims" | "registrations";
export type QueueStatus = "pending" | "approved" | "rejected" | "all";

// Reports of inaccuracies have statuses of their own, so their tab leads to their own page.
const TABS: { value: QueueTab | "reports"; label: string }[] = [
  { value: "claims", label: "Claims" },
  { value: "registrations", label: "New facilities" },
  { value: "reports", label: "Reports" },
];

export const QUEUE_STATUSES: { value: QueueStatus; label: string }[] = [
  { value: "pending", label: "Waiting for review" },
  { value: "approved", label: "Approved" },
  { value: "rejected", label: "Rejected" },
  { value: "all", label: "All" },
];

export function queueHref(tab: QueueTab, status: QueueStatus, q: string): string {
  const params = new URLSearchParams({ tab });
  if (status !== "pending") params.set("status", status);
  if (q) params.set("q", q);
  return `/moderation?${params}`;
}

/** The queues as plain links that keep the filter, with the current one marked. */
export function QueueTabs({ tab, status = "pending", q = "" }: { tab: QueueTab | "reports"; status?: QueueStatus; q?: string }) {
  return (
    <nav aria-label="Kind of request" className="border-b-2 border-line">
      <ul className="flex flex-wrap gap-2">
        {TABS.map((item) => (
          <li key={item.value}>
            <Link
              href={item.value === "reports" ? "/moderation/reports" : queueHref(item.value, status, q)}
              aria-current={item.value === tab ? "page" : undefined}
              className="-mb-0.5 inline-block border-b-4 border-transparent px-4 py-2 text-lg font-semibold aria-[current=page]:border-brand aria-[current=page]:text-ink aria-[current=page]:no-underline"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A GET form: the URL holds the filter, so it works without JavaScript and can be bookmarked. */
export function QueueFilter({ tab, status, q }: { tab: QueueTab; status: QueueStatus; q: string }) {
  return (
    <FilterForm action="/moderation" label="Filter requests" submitLabel="Show requests">
      <input type="hidden" name="tab" value={tab} />
      <Field id="status" label="Status">
        {(props) => (
          <select {...props} name="status" defaultValue={status} className={inputClass}>
            {QUEUE_STATUSES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="min-w-64 flex-1">
        <Field id="q" label="Facility name or requester email">
          {(props) => <input {...props} name="q" type="search" defaultValue={q} autoComplete="off" className={inputClass} />}
        </Field>
      </div>
    </FilterForm>
  );
}
