import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DirectorySections } from "@/components/stats/directory-sections";
import { DisclosureSections } from "@/components/stats/disclosure-sections";
import { formatCount } from "@/lib/format";
import { formatDateTime } from "@/lib/format-time";
import { getStatistics } from "@/lib/stats/data";

export const metadata: Metadata = {
  title: "Statistics",
  description:
    "How many imaging facilities have disclosed how they use AI, where their AI tools run, whether patients' data trains AI, and whether patients can opt out.",
};

export default async function StatsPage() {
  // Counted from the database when asked (at most every 5 minutes), never at build time.
  await connection();
  const statistics = await getStatistics();

  return (
    <div className="space-y-12">
      <header className="space-y-4">
        <h1 className="text-4xl font-bold">ScanAware in numbers</h1>
        <p className="max-w-3xl text-xl">
          What facilities have told patients about AI, added up: how many have disclosed, where their AI tools run, whether patients&apos;
          data is used to train AI, and whether patients can opt out.
        </p>
        <div className="max-w-3xl space-y-2 rounded-card border-l-8 border-brand bg-paper-muted p-5 text-base">
          <p data-testid="stats-scope">
            These figures count only real facilities: the <strong>sample facilities</strong> that show how ScanAware works are left out.
            Answers a facility did not give are counted as what they are (“Unknown”, “Declined to answer”, “Not disclosed”), never as “No”.
          </p>
          <p>
            Counted on <time dateTime={statistics.computedAt.toISOString()}>{formatDateTime(statistics.computedAt)}</time>, from{" "}
            {formatCount(statistics.listed)} {statistics.listed === 1 ? "facility" : "facilities"} in the directory. The figures are
            refreshed every 5 minutes.
          </p>
          <p className="no-print">
            Download these numbers: <a href="/stats/statistics.csv">as a spreadsheet (CSV)</a> or{" "}
            <a href="/api/v1/stats">as JSON from the open API</a>.
          </p>
        </div>
      </header>

      <DirectorySections statistics={statistics} />

      {statistics.disclosed === 0 ? (
        <section aria-labelledby="nothing-yet" className="max-w-3xl space-y-3 rounded-card border border-line p-5">
          <h2 id="nothing-yet" className="text-2xl font-bold">
            No facility has published a disclosure yet
          </h2>
          <p>
            There is nothing to add up about AI tools, training or opting out until a facility publishes its first disclosure. Staff of a
            facility can <Link href="/facilities">find it in the directory</Link>, claim it and publish one.
          </p>
        </section>
      ) : (
        <DisclosureSections statistics={statistics} />
      )}

      <section aria-labelledby="method" className="max-w-3xl space-y-3">
        <h2 id="method" className="text-2xl font-bold">
          How these figures are made
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Each facility counts once, with the answers of its current published disclosure; a version a moderator hid is not counted.
          </li>
          <li>Questions about AI tools count each tool a disclosure names: a facility with three tools counts three times.</li>
          <li>
            A share is of everything counted in the same chart, so the shares of one chart add up to 100% (give or take rounding), except
            for facilities by state and by kind, where it is the share of that state&apos;s or kind&apos;s facilities.
          </li>
          <li>Vendor and region names are grouped ignoring capital letters and extra spaces, and shown as most facilities spell them.</li>
        </ul>
      </section>
    </div>
  );
}
