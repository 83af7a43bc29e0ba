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
          Each facility that has published a disclosure gets a transparency score from 0 to 100. The score shows how full and exact the
          disclosure is. It comes from the rubric below. The same rubric is used for every facility. This page shows rubric{" "}
          <strong>{RUBRIC_VERSION}</strong>, the one in use now.
        </p>
      </header>

      <Section id="measures-heading" title="What it measures, and what it does not">
        <p>
          A facility earns points for answering the questions patients ask. It earns more for exact answers: a link, not just a yes. A
          number of years. An FDA number, not just a status in words.
        </p>
        <p>
          The score does <strong>not</strong> say whether a facility&apos;s practices are good. Say one facility offers no opt-out and
          another offers one. If both say so clearly, both earn the same points. AI in a vendor&apos;s cloud scores the same as AI on-site,
          as long as the facility says where. What facilities do is shown as facts on their pages. You can also filter on it in the{" "}
          <Link href="/facilities">search</Link>. It is never part of the score.
        </p>
        <p>
          The score checks what a facility says, not whether it is true. A named person at the facility signs each disclosure. Every version
          stays in its public history.
        </p>
      </Section>

      <Section id="answers-heading" title="How each kind of answer counts">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>An answer</strong> earns the item&apos;s points. Some items give more points for a more exact answer. The table says
            which.
          </li>
          <li>
            <strong>Unknown</strong> and <strong>declined to answer</strong> earn nothing. The facility&apos;s page shows them as they are.
            They count as points missed.
          </li>
          <li>
            <strong>Not applicable</strong> is neutral. The question is left out, so it does not help or hurt. The same goes for questions
            that the facility&apos;s own answers rule out. For example: the region of a tool that runs on-site. Or the details of an opt-out
            that is not offered. Or the list of breaches when there were none.
          </li>
          <li>
            <strong>A question the disclosure does not have</strong> earns nothing. This happens when a version came out before we asked
            that question. It counts as not disclosed.
          </li>
          <li>
            <strong>Not yet disclosed</strong>: a facility with no disclosure has no score. Its page says &ldquo;Not yet disclosed — no
            score&rdquo;, never 0. A moderator may take down a version. Then the score comes from the newest version still shown. With no
            version shown, there is no score.
          </li>
          <li>
            If every answer is &ldquo;not applicable&rdquo;, the score is 0. Such a disclosure tells patients nothing to give points for.
          </li>
        </ul>
      </Section>

      <Section id="rubric-heading" title={`The rubric, version ${RUBRIC_VERSION}`}>
        <p>
          {RUBRIC.length} items, {RUBRIC_POINTS} points in all. First we add up the points possible: all points, minus those of neutral
          questions. The score is the points earned out of those, as a whole number from 0 to 100.
        </p>
        <RubricTable caption="About the facility" items={facilityItems} />
        <RubricTable caption="About each AI tool" items={toolItems} />
      </Section>

      <Section id="tools-heading" title="AI tools: averaged">
        <p>
          We check the AI tool items for each tool the facility lists. Each item earns the average over its tools. Say a facility lists two
          tools. It says where one runs, but not the other. It earns half the points for &ldquo;Where each AI tool runs&rdquo;. Listing more
          tools does not raise or lower the score by itself.
        </p>
        <p>
          A facility that uses no AI on scans has no tools to describe, so these items are neutral. A facility that uses AI but lists no
          tools misses them. So does one that does not say whether it uses AI.
        </p>
      </Section>

      <Section id="versions-heading" title="Rubric versions">
        <p>
          The rubric only changes with a new version, listed here. Each score says which version it comes from. When the rubric changes,
          every facility is scored again.
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
