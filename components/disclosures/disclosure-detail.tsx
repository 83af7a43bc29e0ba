import { Ban, CircleHelp, Minus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { FacilityWords } from "@/components/disclosures/facility-words";
import { ExternalLink } from "@/components/moderation/external-link";
import { Badge } from "@/components/ui/badge";
import type { Answer, UnansweredState } from "@/lib/disclosures/answer";
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
import { disclosureLabels } from "@/lib/disclosures/labels-by-locale";
import type { Disclosure } from "@/lib/disclosures/schema";
import { formatDate } from "@/lib/format";

// The disclosure in the page's language, except what the facility wrote itself, shown as written.

const UNANSWERED_ICONS = { unknown: CircleHelp, declined: Ban, not_applicable: Minus } as const;

/** Why a question has no answer, in a box of its own so it never reads as a blank or as "No". */
export async function UnansweredBadge({ state }: { state: UnansweredState }) {
  const Icon = UNANSWERED_ICONS[state];
  return (
    <Badge>
      <Icon aria-hidden="true" className="mr-1 inline size-4 align-[-0.15em]" />
      {disclosureLabels(await getLocale()).unanswered[state]}
    </Badge>
  );
}

type Shown = Pick<AnswerRow, "state" | "words" | "links"> & Partial<Pick<AnswerRow, "asWritten">>;

export function AnswerValue({ row }: { row: Shown }) {
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
  const words = <span className="whitespace-pre-line">{row.words}</span>;
  return row.asWritten ? <FacilityWords>{words}</FacilityWords> : words;
}

/** An answer within a sentence: its words (the facility's own when `asWritten`), or a badge saying why there are none. */
export function AnswerText<T>({ answer, words, asWritten }: { answer: Answer<T>; words: (value: T) => string; asWritten?: boolean }) {
  return <AnswerValue row={{ state: answer.state, words: formatAnswer(answer, words), links: [], asWritten }} />;
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

function Card({ id, title, children }: { id: string; title: React.ReactNode; children: React.ReactNode }) {
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
export async function Provenance({ version, now }: { version: Attested; now: Date }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("facility.provenance")]);
  return (
    <div className="space-y-2">
      <p>
        {t.rich(version.kind, {
          date: formatDate(version.publishedAt, locale),
          number: version.number,
          name: version.attesterName,
          title: version.attesterTitle,
          written: (words) => <FacilityWords>{words}</FacilityWords>,
        })}
      </p>
      {isPossiblyOutOfDate(version.publishedAt, now) ? (
        <p>
          <Badge>{t("outOfDate")}</Badge> {t("outOfDateText")}
        </p>
      ) : null}
    </div>
  );
}

/** Who vouched for a version, when, and in what words. */
export async function Attestation({ version }: { version: Attested }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("facility.attestation")]);
  return (
    <section aria-labelledby="attestation-heading" className="space-y-3">
      <h2 id="attestation-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">{t("attestedBy")}</dt>
        <dd>
          <FacilityWords>
            {version.attesterName}, {version.attesterTitle}
          </FacilityWords>
        </dd>
        <dt className="font-semibold">{t("published")}</dt>
        <dd>{formatDate(version.publishedAt, locale)}</dd>
        <dt className="font-semibold">{t("version")}</dt>
        <dd>{version.kind === "CORRECTION" ? t("correction", { number: version.number }) : version.number}</dd>
        <dt className="font-semibold">{t("statement")}</dt>
        <dd>
          {/* The words the attester agreed to, in the language they were agreed in. */}
          <FacilityWords block>
            <blockquote className="border-l-4 border-line pl-4 italic">{version.attestationStatement}</blockquote>
          </FacilityWords>
        </dd>
      </dl>
    </section>
  );
}

/** Why a version is not shown: the moderator's public reason, as the moderator wrote it. */
export async function HiddenReason({ reason }: { reason: string | null }) {
  const t = await getTranslations("facility.hidden");
  if (reason === null) return t("noReason");
  return t.rich("reason", { reason, en: (words) => <span lang="en">{words}</span> });
}

/** Every answer of a version: practices, each AI tool, breaches, and who attested it. */
export async function DisclosureDetail({ disclosure, version }: { disclosure: Disclosure; version: Attested }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("facility.detail")]);
  const { sections } = disclosureLabels(locale);
  return (
    <>
      <section aria-labelledby="practices-heading" className="space-y-6">
        <h2 id="practices-heading" className="text-2xl font-bold">
          {t("heading")}
        </h2>
        {practiceGroups(disclosure.practices, locale).map((group) => (
          <Card key={group.key} id={`practices-${group.key}`} title={group.title}>
            <AnswerList rows={group.rows} />
          </Card>
        ))}
      </section>

      <section aria-labelledby="tools-heading" className="space-y-6">
        <h2 id="tools-heading" className="text-2xl font-bold">
          {sections.aiTools} ({disclosure.aiTools.length})
        </h2>
        {disclosure.aiTools.length ? null : <p>{t("noTools")}</p>}
        {disclosure.aiTools.map((tool, index) => (
          <Card key={index} id={`tool-${index}`} title={<FacilityWords>{tool.productName}</FacilityWords>}>
            <AnswerList rows={aiToolRows(tool, locale)} />
          </Card>
        ))}
      </section>

      <section aria-labelledby="breaches-heading" className="space-y-6">
        <h2 id="breaches-heading" className="text-2xl font-bold">
          {sections.breaches}
        </h2>
        <AnswerList rows={[breachesReportedRow(disclosure, locale)]} />
        {disclosure.breaches.map((breach, index) => (
          <Card key={index} id={`breach-${index}`} title={breachTitle(breach, index, locale)}>
            <AnswerList rows={breachRows(breach, locale)} />
          </Card>
        ))}
      </section>

      <Attestation version={version} />
    </>
  );
}
