import {
  Archive,
  Building2,
  CircleHelp,
  CircleSlash,
  Cloud,
  Cpu,
  GraduationCap,
  Hand,
  type LucideIcon,
  Server,
  ShieldAlert,
  ShieldCheck,
} from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerText, UnansweredBadge } from "@/components/disclosures/disclosure-detail";
import { FacilityWords } from "@/components/disclosures/facility-words";
import { ExternalLink } from "@/components/moderation/external-link";
import { formatOptions, formatRetention, neverUsedForTraining } from "@/lib/disclosures/format";
import { disclosureLabels, type DisclosureLabels } from "@/lib/disclosures/labels-by-locale";
import type { AiTool, Disclosure } from "@/lib/disclosures/schema";
import type { Locale } from "@/lib/i18n/routing";

// The few facts a patient most wants, first and in plain words; every answer follows in the detail.

interface Fact {
  key: string;
  icon: LucideIcon;
  title: React.ReactNode;
  body?: React.ReactNode;
}

/** What each fact is written with: the page's words, its language's labels and its locale. */
interface Words {
  t: Awaited<ReturnType<typeof getTranslations<"facility.summary">>>;
  labels: DisclosureLabels;
  locale: Locale;
}

const written = (words: React.ReactNode) => <FacilityWords>{words}</FacilityWords>;

const WHERE_ICONS = { on_site: Server, facility_cloud: Building2, vendor_cloud: Cloud, hybrid: Cloud } as const;

function whereItRuns({ t, labels }: Words, tool: AiTool, index: number): Fact {
  const { runsWhere, region, dataLeaving } = tool;
  const key = `tool-${index}`;
  const title = written(tool.productName);
  if (runsWhere.state !== "answered") {
    return {
      key,
      icon: CircleHelp,
      title,
      body: (
        <>
          {t("whereItRuns")} <UnansweredBadge state={runsWhere.state} />
        </>
      ),
    };
  }
  const where = runsWhere.value;
  const offSite = where !== "on_site";
  return {
    key,
    icon: WHERE_ICONS[where],
    title,
    body: (
      <ul className="space-y-1">
        <li>
          {offSite && region.state === "answered" ? t.rich(`runsIn.${where}`, { region: region.value, written }) : t(`runs.${where}`)}
        </li>
        {offSite && (region.state === "unknown" || region.state === "declined") ? (
          <li>
            {t("region")} <UnansweredBadge state={region.state} />
          </li>
        ) : null}
        {offSite ? (
          <li>
            {t("whatLeaves")} <AnswerText answer={dataLeaving} words={(value) => labels.options.dataLeaving[value]} />
          </li>
        ) : null}
      </ul>
    ),
  };
}

function aiUse({ t }: Words, disclosure: Disclosure): Fact {
  const { usesAi } = disclosure.practices;
  if (usesAi.state !== "answered") {
    return {
      key: "ai",
      icon: CircleHelp,
      title: (
        <>
          {t("aiUnanswered")} <UnansweredBadge state={usesAi.state} />
        </>
      ),
    };
  }
  if (!usesAi.value) return { key: "ai", icon: CircleSlash, title: t("noAi") };
  return { key: "ai", icon: Cpu, title: t("usesAi"), body: t("toolCount", { count: disclosure.aiTools.length }) };
}

function training({ t, labels }: Words, disclosure: Disclosure): Fact {
  const { aiTraining } = disclosure.practices.sharing;
  if (neverUsedForTraining(disclosure)) return { key: "training", icon: ShieldCheck, title: t("notTrained"), body: t("notTrainedText") };
  return {
    key: "training",
    icon: GraduationCap,
    title: t("training"),
    body: (
      <ul className="space-y-1">
        <li>
          {t("sharedForTraining")} <AnswerText answer={aiTraining} words={(level) => labels.options.sharingLevel[level]} />
        </li>
        {disclosure.aiTools.map((tool, index) => (
          <li key={index}>
            {t.rich("vendorTraining", { tool: tool.productName, written })}{" "}
            <AnswerText answer={tool.vendorTraining} words={(value) => labels.options.vendorTraining[value]} />
          </li>
        ))}
      </ul>
    ),
  };
}

function optOut({ t, labels, locale }: Words, disclosure: Disclosure): Fact {
  const { offered, how, covers, formUrl, contact } = disclosure.practices.optOut;
  if (offered.state !== "answered") {
    return {
      key: "opt-out",
      icon: CircleHelp,
      title: (
        <>
          {t("optOutUnanswered")} <UnansweredBadge state={offered.state} />
        </>
      ),
    };
  }
  if (!offered.value) return { key: "opt-out", icon: Hand, title: t("cannotOptOut") };
  return {
    key: "opt-out",
    icon: Hand,
    title: t("canOptOut"),
    body: (
      <ul className="space-y-1">
        <li>
          {t("covers")} <AnswerText answer={covers} words={(values) => formatOptions(labels.options.optOutCovers, values, locale)} />
        </li>
        <li>
          {t("how")} <AnswerText answer={how} words={String} asWritten />
        </li>
        {contact.state === "answered" ? (
          <li>
            {t("contact")} {written(contact.value)}
          </li>
        ) : null}
        {formUrl.state === "answered" ? (
          <li>
            {t("form")} <ExternalLink url={formUrl.value} />
          </li>
        ) : null}
      </ul>
    ),
  };
}

function retention({ t, locale }: Words, disclosure: Disclosure): Fact {
  const { imageRetention, reportRetention } = disclosure.practices;
  const keptFor = (kept: { years: number | null }) => {
    const period = formatRetention(kept, locale);
    return kept.years ? t("keptFor", { period }) : period;
  };
  return {
    key: "retention",
    icon: Archive,
    title: t("retention"),
    body: (
      <ul className="space-y-1">
        <li>
          {t("images")} <AnswerText answer={imageRetention} words={keptFor} />
        </li>
        <li>
          {t("reports")} <AnswerText answer={reportRetention} words={keptFor} />
        </li>
      </ul>
    ),
  };
}

function breaches({ t }: Words, disclosure: Disclosure): Fact {
  const { breachesReported } = disclosure;
  const count = disclosure.breaches.length;
  if (breachesReported.state !== "answered") {
    return {
      key: "breaches",
      icon: CircleHelp,
      title: (
        <>
          {t("breachesUnanswered")} <UnansweredBadge state={breachesReported.state} />
        </>
      ),
    };
  }
  if (!breachesReported.value) return { key: "breaches", icon: ShieldCheck, title: t("noBreaches") };
  return {
    key: "breaches",
    icon: ShieldAlert,
    title: count ? t("breachCount", { count }) : t("breaches"),
    body: t("breachDetails"),
  };
}

export async function DisclosureSummary({ disclosure }: { disclosure: Disclosure }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("facility.summary")]);
  const words: Words = { t, labels: disclosureLabels(locale), locale };
  const facts = [
    aiUse(words, disclosure),
    ...disclosure.aiTools.map((tool, index) => whereItRuns(words, tool, index)),
    training(words, disclosure),
    optOut(words, disclosure),
    retention(words, disclosure),
    breaches(words, disclosure),
  ];
  return (
    <section aria-labelledby="summary-heading" className="space-y-4">
      <h2 id="summary-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <ul className="space-y-5">
        {facts.map(({ key, icon: Icon, title, body }) => (
          <li key={key} className="flex gap-4">
            <Icon aria-hidden="true" className="mt-1 size-7 shrink-0 text-brand" />
            <div className="space-y-1">
              <p className="font-bold">{title}</p>
              {body ? <div>{body}</div> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
