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
          Here we add up what facilities have told patients about AI. How many have published a disclosure? Where do their AI tools run? Is
          patients&apos; data used to train AI? Can patients opt out?
        </p>
        <div className="max-w-3xl space-y-2 rounded-card border-l-8 border-brand bg-paper-muted p-5 text-base">
          <p data-testid="stats-scope">
            These figures count only real facilities. The <strong>sample facilities</strong> that show how ScanAware works are left out.
            When a facility did not answer, we count it as it is (“Unknown”, “Declined to answer”, “Not disclosed”), never as “No”.
          </p>
          <p>
            Counted on <time dateTime={statistics.computedAt.toISOString()}>{formatDateTime(statistics.computedAt)}</time>, from{" "}
            {formatCount(statistics.listed)} {statistics.listed === 1 ? "facility" : "facilities"} in the directory. The figures are updated
            every 5 minutes.
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
            Until a facility publishes its first disclosure, there is nothing to count about AI tools, training or opting out. Staff of a
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
            Each facility counts once, with the answers of its newest published disclosure. A version that a moderator hid is not counted.
          </li>
          <li>Questions about AI tools count each tool a disclosure names: a facility with three tools counts three times.</li>
          <li>
            In a chart, each share is part of all that the chart counts, so its shares add up to 100% (give or take rounding). Facilities by
            state and by kind are the exception: there, a share is part of that state&apos;s or that kind&apos;s facilities.
          </li>
          <li>
            Names of vendors and regions are grouped even when capital letters or spaces differ. We show the spelling most facilities use.
          </li>
        </ul>
      </section>
    </div>
  );
}
