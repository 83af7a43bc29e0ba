import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { formatCount } from "@/lib/format";
import { formatDateTime } from "@/lib/format-time";
import { getExportSummary } from "@/lib/open-data/data";
import { DATASET_NAMES, DATASETS } from "@/lib/open-data/datasets";
import { DATAPACKAGE_FILE, dataFileName, DICTIONARY_FILE, EXPORTS_PATH } from "@/lib/open-data/files";
import { FORMAT_NAMES } from "@/lib/open-data/formats";
import { CODE_LICENSE, DATA_LICENSE } from "@/lib/open-data/license";
import { NOT_ANSWERED } from "@/lib/open-data/column";

export const metadata: Metadata = { title: "Open data" };

const FORMAT_TEXT = {
  csv: "CSV (RFC 4180, UTF-8, a header line)",
  json: "JSON (one array of objects)",
  ndjson: "NDJSON (one JSON object per line, for streaming)",
} as const;

export default async function OpenDataPage() {
  await connection();
  const summary = await getExportSummary();

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-4xl font-bold">Open data</h1>
        <p className="text-xl">
          Everything public on ScanAware, as files anyone may download and reuse: the facilities, their published disclosures and the AI
          tools they list. The files are made from the database when you download them, so they are always current.
        </p>
        <p data-testid="data-updated">
          Last change to the data:{" "}
          <strong>
            {summary.updatedAt ? <time dateTime={summary.updatedAt.toISOString()}>{formatDateTime(summary.updatedAt)}</time> : "none yet"}
          </strong>
        </p>
      </header>

      <Section id="files" title="Files">
        <DataTable caption="Export files, each in three formats" columns={["File", "Rows", "Download"]}>
          {DATASET_NAMES.map((name) => (
            <tr key={name} className="border-b border-line align-top">
              <th scope="row" className="py-3 pr-4">
                {DATASETS[name].title}
                <p className="font-normal">{DATASETS[name].description}</p>
                <p className="font-normal">
                  <Link href={`/data/dictionary#${name}`}>
                    Columns<span className="sr-only"> of {DATASETS[name].title}</span>
                  </Link>
                </p>
              </th>
              <td className="py-3 pr-4 tabular-nums">{formatCount(summary.rows[name])}</td>
              <td className="py-3">
                <ul className="space-y-1">
                  {FORMAT_NAMES.map((format) => (
                    <li key={format}>
                      <a href={`${EXPORTS_PATH}/${dataFileName(name, format)}`} download>
                        {dataFileName(name, format)}
                        <span className="sr-only">
                          {" "}
                          ({DATASETS[name].title}, {format.toUpperCase()})
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section id="license" title="License">
        <p>
          The data is dedicated to the public domain under the{" "}
          <a href={DATA_LICENSE.path} rel="license">
            {DATA_LICENSE.title}
          </a>
          : copy, change and publish it, for any purpose, without asking. Mentioning ScanAware as the source is welcome, not required.
          Facilities&apos; own words are theirs; ScanAware does not check that they are true. The ScanAware software is open source under
          the {CODE_LICENSE.title}.
        </p>
      </Section>

      <Section id="reading" title="How to read the files">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Each file comes as {FORMAT_NAMES.map((format) => FORMAT_TEXT[format]).join(", ")}. The three hold the same columns and values.
          </li>
          <li>
            Rows carry stable identifiers: <code>facility_id</code> and <code>version_id</code> (ScanAware&apos;s UUIDs, never reused), and
            a facility&apos;s <code>ccn</code> (CMS Certification Number) and <code>npi</code> (National Provider Identifier) when it has
            them, to join with other public data.
          </li>
          <li>
            An answer is its value (yes or no, a number, words, or several values joined with <code>;</code>), or the reason there is none:{" "}
            {Object.entries(NOT_ANSWERED).map(([word, label], index) => (
              <span key={word}>
                {index ? ", " : ""}
                <code>{word}</code> ({label.toLowerCase()})
              </span>
            ))}
            . An unanswered question is never written as &ldquo;no&rdquo;.
          </li>
          <li>Times are in UTC, in ISO 8601 (2026-03-04T15:04:05.000Z).</li>
          <li>
            A version a moderator hid stays in <code>disclosures-all</code> with when and why it was hidden, but without its answers; it is
            never in the other files.
          </li>
          <li>The sample facilities shown on the site to demonstrate it are fictional and are in no file.</li>
        </ul>
      </Section>

      <Section id="dictionary" title="Data dictionary">
        <p>Every column of every file, with its type, its meaning and the values it may hold:</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link href="/data/dictionary">Read the data dictionary</Link>
          </li>
          <li>
            <a href={`${EXPORTS_PATH}/${DICTIONARY_FILE}`} download>
              {DICTIONARY_FILE}
            </a>{" "}
            (the same, as CSV)
          </li>
          <li>
            <a href={`${EXPORTS_PATH}/${DATAPACKAGE_FILE}`}>{DATAPACKAGE_FILE}</a> (a{" "}
            <a href="https://specs.frictionlessdata.io/data-package/">Frictionless Data Package</a> describing the CSV files, for tools that
            read it)
          </li>
        </ul>
      </Section>
    </div>
  );
}
