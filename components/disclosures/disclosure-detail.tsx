import { Ban, CircleHelp, Minus } from "lucide-react";
import { ExternalLink } from "@/components/moderation/external-link";
import { Badge } from "@/components/ui/badge";
import { UNANSWERED_LABELS, type Answer, type UnansweredState } from "@/lib/disclosures/answer";
import type { VersionSummary } from "@/lib/disclosures/data-versions";
import {
  aiToolRows,
  breachesReportedRow,
  breachRows,
  breachTitle,
  formatAnswer,
  isPossiblyOutOfDate,
  practiceGroups,
  type AnswerRow,
} from "@/lib/disclosures/format";
import type { Disclosure } from "@/lib/disclosures/schema";
import { formatDate } from "@/lib/format";

const UNANSWERED_ICONS = { unknown: CircleHelp, declined: Ban, not_applicable: Minus } as const;

/** Why a question has no answer, in a box of its own so it never reads as a blank or as "No". */
export function UnansweredBadge({ state }: { state: UnansweredState }) {
  const Icon = UNANSWERED_ICONS[state];
  return (
    <Badge>
      <Icon aria-hidden="true" className="mr-1 inline size-4 align-[-0.15em]" />
      {UNANSWERED_LABELS[state]}
    </Badge>
  );
}

export function AnswerValue({ row }: { row: Pick<AnswerRow, "state" | "words" | "links"> }) {
  if (row.state !== "answered") return <UnansweredBadge state={row.state} />;
  if (row.links.length === 1) return <ExternalLink url={row.links[0]!} />;
  if (row.links.length) {
    return (
      <ul className="space-y-1">
        {row.links.map((url) => (
          <li key={url}>
            <ExternalLink url={url} />
          </li>
        ))}
      </ul>
    );
  }
  return <span className="whitespace-pre-line">{row.words}</span>;
}

/** An answer within a sentence: its words, or a badge saying why there are none. */
export function AnswerText<T>({ answer, words }: { answer: Answer<T>; words: (value: T) => string }) {
  return <AnswerValue row={{ state: answer.state, words: formatAnswer(answer, words), links: [] }} />;
}

/** Questions and answers; long questions sit above their answer on a narrow screen. */
export function AnswerList({ rows }: { rows: AnswerRow[] }) {
  return (
    <dl className="divide-y divide-line border-y border-line">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-x-6 gap-y-1 py-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="break-words">
            <AnswerValue row={row} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-card border border-line p-5 break-inside-avoid">
      <h3 id={id} className="text-xl font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}

type Attested = Pick<VersionSummary, "number" | "kind" | "publishedAt" | "attesterName" | "attesterTitle" | "attestationStatement">;

/** One line on where a version comes from, and a warning when it is more than a year old. */
export function Provenance({ version, now }: { version: Attested; now: Date }) {
  return (
    <div className="space-y-2">
      <p>
        Published {formatDate(version.publishedAt)}, version {version.number}
        {version.kind === "CORRECTION" ? " (a correction)" : null}, attested by {version.attesterName}, {version.attesterTitle}.
      </p>
      {isPossiblyOutOfDate(version.publishedAt, now) ? (
        <p>
          <Badge>Possibly out of date</Badge> Published more than 12 months ago: the facility&apos;s practices may have changed since.
        </p>
      ) : null}
    </div>
  );
}

/** Who vouched for a version, when, and in what words. */
export function Attestation({ version }: { version: Attested }) {
  return (
    <section aria-labelledby="attestation-heading" className="space-y-3">
      <h2 id="attestation-heading" className="text-2xl font-bold">
        Who vouches for these answers
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">Attested by</dt>
        <dd>
          {version.attesterName}, {version.attesterTitle}
        </dd>
        <dt className="font-semibold">Published</dt>
        <dd>{formatDate(version.publishedAt)}</dd>
        <dt className="font-semibold">Version</dt>
        <dd>
          {version.number}
          {version.kind === "CORRECTION" ? " (a correction of the previous version)" : null}
        </dd>
        <dt className="font-semibold">Statement</dt>
        <dd>
          <blockquote className="border-l-4 border-line pl-4 italic">{version.attestationStatement}</blockquote>
        </dd>
      </dl>
    </section>
  );
}

/** Every answer of a version: practices, each AI tool, breaches, and who attested it. */
export function DisclosureDetail({ disclosure, version }: { disclosure: Disclosure; version: Attested }) {
  return (
    <>
      <section aria-labelledby="practices-heading" className="space-y-6">
        <h2 id="practices-heading" className="text-2xl font-bold">
          Every answer, in full
        </h2>
        {practiceGroups(disclosure.practices).map((group) => (
          <Card key={group.key} id={`practices-${group.key}`} title={group.title}>
            <AnswerList rows={group.rows} />
          </Card>
        ))}
      </section>

      <section aria-labelledby="tools-heading" className="space-y-6">
        <h2 id="tools-heading" className="text-2xl font-bold">
          AI tools ({disclosure.aiTools.length})
        </h2>
        {disclosure.aiTools.length ? null : <p>The facility lists no AI tools.</p>}
        {disclosure.aiTools.map((tool, index) => (
          <Card key={index} id={`tool-${index}`} title={tool.productName}>
            <AnswerList rows={aiToolRows(tool)} />
          </Card>
        ))}
      </section>

      <section aria-labelledby="breaches-heading" className="space-y-6">
        <h2 id="breaches-heading" className="text-2xl font-bold">
          Data breaches
        </h2>
        <AnswerList rows={[breachesReportedRow(disclosure)]} />
        {disclosure.breaches.map((breach, index) => (
          <Card key={index} id={`breach-${index}`} title={breachTitle(breach, index)}>
            <AnswerList rows={breachRows(breach)} />
          </Card>
        ))}
      </section>

      <Attestation version={version} />
    </>
  );
}
