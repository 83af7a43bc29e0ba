import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { formatDate } from "@/lib/format";
import { RUBRIC, RUBRIC_CHANGELOG, RUBRIC_POINTS, RUBRIC_VERSION } from "@/lib/score/rubric";

export const metadata: Metadata = { title: "How the transparency score works" };

const facilityItems = RUBRIC.filter((item) => item.scope === "facility");
const toolItems = RUBRIC.filter((item) => item.scope === "tool");

function RubricTable({ caption, items }: { caption: string; items: typeof RUBRIC }) {
  return (
    <DataTable caption={caption} columns={["Item", "What earns it", "Points"]}>
      {items.map((item) => (
        <tr key={item.id} className="border-b border-line align-top">
          <th scope="row" className="py-2 pr-4 text-left font-semibold">
            {item.title}
          </th>
          <td className="py-2 pr-4">{item.earns}</td>
          <td className="py-2 pr-4 tabular-nums">{item.points}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export default function MethodologyPage() {
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-4xl font-bold">How the transparency score works</h1>
        <p className="text-xl">
          Every facility that has published a disclosure gets a transparency score from 0 to 100. It measures how complete and specific the
          disclosure is, from the rubric below, applied the same way to every facility. This page describes rubric{" "}
          <strong>{RUBRIC_VERSION}</strong>, the one in use now.
        </p>
      </header>

      <Section id="measures-heading" title="What it measures, and what it does not">
        <p>
          The score rewards a facility for answering the questions patients ask — and for answering them specifically: a link rather than a
          yes, a number of years, an FDA number rather than a status in words.
        </p>
        <p>
          It does <strong>not</strong> measure whether the facility&apos;s practices are good. A facility that says it offers no opt-out
          earns the same points for that question as one that offers an opt-out and explains it fully; a facility that runs AI in a
          vendor&apos;s cloud scores the same as one that runs it on-site, as long as it says so. What facilities do is shown as facts on
          their pages and as filters in the <Link href="/facilities">search</Link>, never folded into the score.
        </p>
        <p>
          The score checks what a facility says, not whether it is true. Each disclosure is attested by a named person at the facility, and
          every published version stays in its public history.
        </p>
      </Section>

      <Section id="answers-heading" title="How each kind of answer counts">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>An answer</strong> earns the item&apos;s points; some items give more points for a more specific answer, as the table
            says.
          </li>
          <li>
            <strong>Unknown</strong> and <strong>declined to answer</strong> earn nothing: they are shown as such on the facility&apos;s
            page, and counted as points missed.
          </li>
          <li>
            <strong>Not applicable</strong> is neutral: the question is left out of the points possible, so it neither helps nor hurts. The
            same goes for questions that do not apply by the facility&apos;s own answers — the region of a tool that runs on-site, the
            details of an opt-out that is not offered, the list of breaches when none was reported.
          </li>
          <li>
            <strong>A question the disclosure does not have</strong> (a version published in an older format, before the question was asked)
            counts as not disclosed: it earns nothing.
          </li>
          <li>
            <strong>Not yet disclosed</strong>: a facility that has not published a disclosure has no score — its page says &ldquo;Not yet
            disclosed — no score&rdquo;, never 0. A version withdrawn by a moderator is never scored for the public: the score is that of
            the facility&apos;s newest version still shown, and a facility with none shown has no score.
          </li>
          <li>
            If every answer is &ldquo;not applicable&rdquo;, no points are possible and the score is 0: such a disclosure tells patients
            nothing the rubric can credit.
          </li>
        </ul>
      </Section>

      <Section id="rubric-heading" title={`The rubric, version ${RUBRIC_VERSION}`}>
        <p>
          {RUBRIC.length} items, {RUBRIC_POINTS} points in all. The score is the points earned divided by the points possible (all points
          minus those of neutral questions), times 100, rounded to a whole number.
        </p>
        <RubricTable caption="About the facility" items={facilityItems} />
        <RubricTable caption="About each AI tool" items={toolItems} />
      </Section>

      <Section id="tools-heading" title="AI tools: averaged">
        <p>
          The items about AI tools are assessed for every tool the facility lists, and each item&apos;s points are the average over the
          tools it applies to: a facility with two tools, one that says where it runs and one that does not, earns half the points for
          &ldquo;Where each AI tool runs&rdquo;. Listing more tools neither raises nor lowers the score by itself.
        </p>
        <p>
          A facility that says it uses no AI on scans has no tools to describe: those items are neutral. A facility that says it uses AI but
          lists no tools, or does not say whether it uses AI, misses them.
        </p>
      </Section>

      <Section id="versions-heading" title="Rubric versions">
        <p>
          The rubric changes only by a new version, listed here. Every score says which version it comes from, and when the rubric changes
          every facility is scored again under the new one.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {RUBRIC_CHANGELOG.toReversed().map((entry) => (
            <li key={entry.version}>
              <strong>{entry.version}</strong> — {entry.summary.replace(/\.$/, "")},{" "}
              <time dateTime={entry.date}>{formatDate(new Date(`${entry.date}T12:00:00Z`))}</time>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
