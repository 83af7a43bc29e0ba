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
import { AnswerText, UnansweredBadge } from "@/components/disclosures/disclosure-detail";
import { ExternalLink } from "@/components/moderation/external-link";
import type { Answer } from "@/lib/disclosures/answer";
import { formatOptions, formatRetention, neverUsedForTraining } from "@/lib/disclosures/format";
import { OPTION_LABELS } from "@/lib/disclosures/labels";
import type { AiTool, Disclosure } from "@/lib/disclosures/schema";

// The few facts a patient most wants, first and in plain words; every answer follows in the detail.

interface Fact {
  key: string;
  icon: LucideIcon;
  title: React.ReactNode;
  body?: React.ReactNode;
}

const inRegion = (region: Answer<string>) => (region.state === "answered" ? ` in ${region.value}` : "");

function whereItRuns(tool: AiTool, index: number): Fact {
  const { runsWhere, region, dataLeaving } = tool;
  const key = `tool-${index}`;
  if (runsWhere.state !== "answered") {
    return {
      key,
      icon: CircleHelp,
      title: tool.productName,
      body: (
        <>
          Where it runs: <UnansweredBadge state={runsWhere.state} />
        </>
      ),
    };
  }
  const where = {
    on_site: { icon: Server, words: "AI runs on-site, on the facility's own computers." },
    facility_cloud: { icon: Building2, words: `AI runs in the facility's own cloud account${inRegion(region)}.` },
    vendor_cloud: { icon: Cloud, words: `Images may be sent to a vendor's cloud${inRegion(region)}.` },
    hybrid: { icon: Cloud, words: `AI runs partly on-site and partly in a cloud${inRegion(region)}.` },
  }[runsWhere.value];
  const offSite = runsWhere.value !== "on_site";
  return {
    key,
    icon: where.icon,
    title: tool.productName,
    body: (
      <ul className="space-y-1">
        <li>{where.words}</li>
        {offSite && (region.state === "unknown" || region.state === "declined") ? (
          <li>
            Country or region: <UnansweredBadge state={region.state} />
          </li>
        ) : null}
        {offSite ? (
          <li>
            What leaves the facility: <AnswerText answer={dataLeaving} words={(value) => OPTION_LABELS.dataLeaving[value]} />
          </li>
        ) : null}
      </ul>
    ),
  };
}

function aiUse(disclosure: Disclosure): Fact {
  const { usesAi } = disclosure.practices;
  const count = disclosure.aiTools.length;
  if (usesAi.state !== "answered") {
    return {
      key: "ai",
      icon: CircleHelp,
      title: (
        <>
          Whether AI is used on scans: <UnansweredBadge state={usesAi.state} />
        </>
      ),
    };
  }
  if (!usesAi.value) return { key: "ai", icon: CircleSlash, title: "Does not use AI on patients' scans" };
  return {
    key: "ai",
    icon: Cpu,
    title: "Uses AI on patients' scans",
    body: `${count} AI ${count === 1 ? "tool is" : "tools are"} listed below.`,
  };
}

function training(disclosure: Disclosure): Fact {
  const { aiTraining } = disclosure.practices.sharing;
  const tools = disclosure.aiTools;
  if (neverUsedForTraining(disclosure))
    return {
      key: "training",
      icon: ShieldCheck,
      title: "Not used to train AI",
      body: "Neither the facility nor its AI vendors use patients' data to train AI.",
    };
  return {
    key: "training",
    icon: GraduationCap,
    title: "Use of your data to train AI",
    body: (
      <ul className="space-y-1">
        <li>
          Shared by the facility to train AI: <AnswerText answer={aiTraining} words={(level) => OPTION_LABELS.sharingLevel[level]} />
        </li>
        {tools.map((tool, index) => (
          <li key={index}>
            {tool.productName}&apos;s vendor may train on the data:{" "}
            <AnswerText answer={tool.vendorTraining} words={(value) => OPTION_LABELS.vendorTraining[value]} />
          </li>
        ))}
      </ul>
    ),
  };
}

function optOut(disclosure: Disclosure): Fact {
  const { offered, how, covers, formUrl, contact } = disclosure.practices.optOut;
  if (offered.state !== "answered") {
    return {
      key: "opt-out",
      icon: CircleHelp,
      title: (
        <>
          Whether you can opt out: <UnansweredBadge state={offered.state} />
        </>
      ),
    };
  }
  if (!offered.value) return { key: "opt-out", icon: Hand, title: "You cannot opt out" };
  return {
    key: "opt-out",
    icon: Hand,
    title: "You can opt out",
    body: (
      <ul className="space-y-1">
        <li>
          It covers: <AnswerText answer={covers} words={(values) => formatOptions(OPTION_LABELS.optOutCovers, values)} />
        </li>
        <li>
          How: <AnswerText answer={how} words={String} />
        </li>
        {contact.state === "answered" ? <li>Contact: {contact.value}</li> : null}
        {formUrl.state === "answered" ? (
          <li>
            Form: <ExternalLink url={formUrl.value} />
          </li>
        ) : null}
      </ul>
    ),
  };
}

const keptFor = (retention: { years: number | null }) =>
  retention.years ? `Kept for ${formatRetention(retention)}` : formatRetention(retention);

function retention(disclosure: Disclosure): Fact {
  const { imageRetention, reportRetention } = disclosure.practices;
  return {
    key: "retention",
    icon: Archive,
    title: "How long your records are kept",
    body: (
      <ul className="space-y-1">
        <li>
          Images: <AnswerText answer={imageRetention} words={keptFor} />
        </li>
        <li>
          Reports: <AnswerText answer={reportRetention} words={keptFor} />
        </li>
      </ul>
    ),
  };
}

function breaches(disclosure: Disclosure): Fact {
  const { breachesReported } = disclosure;
  const count = disclosure.breaches.length;
  if (breachesReported.state !== "answered") {
    return {
      key: "breaches",
      icon: CircleHelp,
      title: (
        <>
          Data breaches in the last 6 years: <UnansweredBadge state={breachesReported.state} />
        </>
      ),
    };
  }
  if (!breachesReported.value)
    return { key: "breaches", icon: ShieldCheck, title: "No reported data breaches involving images in the last 6 years" };
  return {
    key: "breaches",
    icon: ShieldAlert,
    title: count
      ? `${count} reported data ${count === 1 ? "breach" : "breaches"} involving images in the last 6 years`
      : "Reported data breaches involving images in the last 6 years",
    body: "Details are under “Data breaches” below.",
  };
}

export function DisclosureSummary({ disclosure }: { disclosure: Disclosure }) {
  const facts = [
    aiUse(disclosure),
    ...disclosure.aiTools.map(whereItRuns),
    training(disclosure),
    optOut(disclosure),
    retention(disclosure),
    breaches(disclosure),
  ];
  return (
    <section aria-labelledby="summary-heading" className="space-y-4">
      <h2 id="summary-heading" className="text-2xl font-bold">
        Key facts
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
