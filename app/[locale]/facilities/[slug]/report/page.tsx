import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReportForm } from "@/components/reports/report-form";
import { getCurrentVersion, getVersion } from "@/lib/disclosures/data-versions";
import { parseVersionNumber } from "@/lib/disclosures/format";
import { getFacilityBySlug } from "@/lib/facilities/data";
import { formatDate } from "@/lib/format";
import { formStamp } from "@/lib/reports/form-stamp";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const facilityFor = cache(async (slug: string) => getFacilityBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facility = await facilityFor((await params).slug);
  return { title: facility ? `Report an inaccuracy: ${facility.name}` : "Facility not found" };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const facility = await facilityFor((await params).slug);
  if (!facility) notFound();
  const query = await searchParams;
  const back = `/facilities/${facility.slug}`;

  if (query.sent === "1") {
    return (
      <div className="space-y-6">
        <div role="status" className="space-y-3 rounded-card border-l-8 border-brand bg-paper-muted p-6">
          <h1 className="text-4xl font-bold">Thank you — a moderator will check it</h1>
          <p>
            We got your report about {facility.name}. A ScanAware moderator will look into it. If you left your email address, we will tell
            you what we found.
          </p>
        </div>
        <p>
          <Link href={back}>Back to {facility.name}</Link>
        </p>
      </div>
    );
  }

  // The version the visitor was reading, if the link named one; otherwise the one shown now.
  const asked = parseVersionNumber(query.version);
  const version = (asked ? await getVersion(facility.id, asked) : null) ?? (await getCurrentVersion(facility.id));

  return (
    <div className="space-y-6">
      <p className="no-print">
        <Link href={back}>Back to {facility.name}</Link>
      </p>
      <h1 className="text-4xl font-bold">Report an inaccuracy</h1>
      <div className="max-w-3xl space-y-3">
        <p className="text-xl">
          Is something wrong on the page about {facility.name}, {facility.city}? Tell us. You do not need an account.
        </p>
        <p>
          {version
            ? `You are reporting on version ${version.number} of its disclosure, published ${formatDate(version.publishedAt)}.`
            : "This facility has not published a disclosure yet, so you can report on its details, like its name, address or phone."}{" "}
          A moderator reads every report and checks it with the facility.
        </p>
      </div>
      <ReportForm facilityId={facility.id} versionNumber={version?.number ?? null} stamp={formStamp()} />
    </div>
  );
}
