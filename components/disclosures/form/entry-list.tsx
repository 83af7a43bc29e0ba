import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { removeEntryAction } from "@/lib/disclosures/actions";

/** The AI tools (or breaches) of a draft, each with a link to edit it and a button to remove it. */
export function EntryList({
  facilityId,
  revision,
  step,
  entries,
  editBase,
  empty,
}: {
  facilityId: string;
  revision: number;
  step: "tool" | "breach";
  entries: { title: string; detail: string }[];
  editBase: string;
  empty: string;
}) {
  if (!entries.length) return <p>{empty}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {entries.map((entry, index) => (
        <li key={index} className="flex flex-wrap items-center justify-between gap-4 rounded border border-line p-4">
          <div>
            <h2 className="text-xl font-bold">{entry.title}</h2>
            <p className="text-ink-muted">{entry.detail}</p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <Link href={`${editBase}/${index}`}>
              Edit<span className="sr-only"> {entry.title}</span>
            </Link>
            <ActionForm action={removeEntryAction} submitLabel={`Remove ${entry.title}`} tone="secondary" className="flex">
              <input type="hidden" name="facilityId" value={facilityId} />
              <input type="hidden" name="revision" value={revision} />
              <input type="hidden" name="step" value={step} />
              <input type="hidden" name="index" value={index} />
            </ActionForm>
          </div>
        </li>
      ))}
    </ul>
  );
}
