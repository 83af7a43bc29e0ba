import { Section } from "@/components/ui/section";
import { formatCounted } from "@/lib/stats/format-share";
import type { Statistics } from "@/lib/stats/statistics";
import { StatFigure } from "./stat-figure";

/** What the published disclosures say: AI use, where tools run, training, opting out, vendors. */
export function DisclosureSections({ statistics }: { statistics: Statistics }) {
  const { sections, tools } = statistics;
  const cloudTools = sections.cloud_regions.rows.reduce((sum, row) => sum + row.count, 0);
  const noTools = <p>None of the published disclosures names an AI tool yet.</p>;
  return (
    <>
      <Section id="uses-ai" title="Do they use AI?">
        <StatFigure section={sections.uses_ai} caption="Facilities that use AI on patients' images" labelHeading="Answer" />
      </Section>

      <Section id="where" title="Where AI tools run">
        {tools === 0 ? (
          noTools
        ) : (
          <div className="space-y-10">
            <StatFigure section={sections.runs_where} caption="Where each AI tool runs" labelHeading="Where it runs">
              {formatCounted(tools, "tools")} named in published disclosures.
            </StatFigure>
            {cloudTools > 0 ? (
              <StatFigure
                section={sections.cloud_regions}
                caption="Where the cloud tools run: country or region"
                labelHeading="Country or region"
              >
                Tools that run in the facility&apos;s cloud, the vendor&apos;s cloud, or partly in a cloud, as the facility named the place.
              </StatFigure>
            ) : (
              <p>None of the AI tools runs in a cloud.</p>
            )}
          </div>
        )}
      </Section>

      <Section id="training" title="Training AI on patients' data">
        <div className="space-y-10">
          <StatFigure
            section={sections.ai_training_sharing}
            caption="Do facilities share images or reports to train AI?"
            labelHeading="Answer"
          />
          {tools > 0 ? (
            <StatFigure section={sections.vendor_training} caption="May the vendor use the data to train its models?" labelHeading="Answer">
              For each AI tool, as the facility&apos;s contract with the vendor says.
            </StatFigure>
          ) : null}
        </div>
      </Section>

      <Section id="opt-out" title="Can patients opt out?">
        <StatFigure
          section={sections.opt_out_offered}
          caption="Facilities where patients can say no to some uses of their data"
          labelHeading="Answer"
        />
      </Section>

      <Section id="vendors" title="Most common AI vendors">
        {tools === 0 ? (
          noTools
        ) : (
          <StatFigure
            section={sections.top_vendors}
            caption={`The ${sections.top_vendors.rows.length === 1 ? "vendor" : `${sections.top_vendors.rows.length} vendors`} named by the most facilities`}
            labelHeading="Vendor"
          >
            A facility counts once for a vendor, however many of its tools come from that vendor. Shares are of the facilities that name at
            least one AI tool.
          </StatFigure>
        )}
      </Section>
    </>
  );
}
