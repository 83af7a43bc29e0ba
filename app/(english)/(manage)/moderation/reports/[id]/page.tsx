import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess, loadModerationItem } from "@/components/layout/no-access";
import { DecisionSummary } from "@/components/moderation/decision-summary";
import { DetailList } from "@/components/moderation/detail-list";
import { ReportDecisionForm } from "@/components/moderation/report-decision-form";
import { FacilitySection } from "@/components/moderation/facility-section";
import { ItemHeader } from "@/components/moderation/item-header";
import { getReport } from "@/lib/reports/data";
import { topicLabel } from "@/lib/reports/schema";

export const metadata: Metadata = { title: "Review a report" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadModerationItem("reports", id, (actor) => getReport(actor, id));
  if (!result) return <NoAccess />;
  const report = result.data;
  const { facility } = report;
  const base = `/facilities/${facility.slug}`;

  return (
    <article className="space-y-10">
      <ItemHeader
        back={{ href: "/moderation/reports", label: "Back to the reports" }}
        status={report.status}
        title={`Report about ${facility.name}`}
        sentAt={report.createdAt}
      >
        Sent by a visitor on
      </ItemHeader>

      <section aria-labelledby="report-heading" className="space-y-3">
        <h2 id="report-heading" className="text-2xl font-bold">
          What they say is wrong
        </h2>
        <DetailList
          items={[
            ["Part of the page", topicLabel(report.topic)],
            [
              "Their words",
              <span key="words" className="whitespace-pre-wrap">
                {report.description}
              </span>,
            ],
            [
              "Version they read",
              report.versionNumber ? (
                <Link key="read" href={`${base}/versions/${report.versionNumber}`}>
                  Version {report.versionNumber}
                </Link>
              ) : (
                "None: the facility had no disclosure, or the version was not known"
              ),
            ],
            ["Reply by email", report.wantsReply ? "Yes: your decision and note will be emailed to them" : "No"],
          ]}
        />
      </section>

      <FacilitySection
        facility={facility}
        items={[
          [
            "Current version",
            report.currentVersion ? (
              <Link key="current" href={`${base}/versions/${report.currentVersion}`}>
                Version {report.currentVersion}
              </Link>
            ) : (
              "No disclosure published"
            ),
          ],
        ]}
      >
        {report.versionNumber && report.currentVersion && report.versionNumber !== report.currentVersion ? (
          <p>
            The facility has published since this report.{" "}
            <Link href={`${base}/versions/compare?from=${report.versionNumber}&to=${report.currentVersion}`}>See what changed</Link>.
          </p>
        ) : null}
      </FacilitySection>

      {report.status !== "OPEN" ? (
        <DecisionSummary
          status={report.status}
          decidedBy={report.decidedBy?.email ?? null}
          decidedAt={report.decidedAt}
          reason={report.decisionNote}
          reasonLabel="Note"
        />
      ) : (
        <ReportDecisionForm id={report.id} wantsReply={report.wantsReply} />
      )}
    </article>
  );
}
