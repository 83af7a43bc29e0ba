import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { valuesNote } from "@/lib/open-data/column";
import { DATASET_NAMES, DATASETS } from "@/lib/open-data/datasets";
import { DICTIONARY_FILE, EXPORTS_PATH } from "@/lib/open-data/files";

export const metadata: Metadata = { title: "Data dictionary" };

export default function DataDictionaryPage() {
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <p className="no-print">
          <Link href="/data">Back to open data</Link>
        </p>
        <h1 className="text-4xl font-bold">Data dictionary</h1>
        <p className="text-xl">
          Every column of every export file, in the order of the file. The same list is available as{" "}
          <a href={`${EXPORTS_PATH}/${DICTIONARY_FILE}`}>{DICTIONARY_FILE}</a>.
        </p>
        <nav aria-label="Files">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {DATASET_NAMES.map((name) => (
              <li key={name}>
                <a href={`#${name}`}>{DATASETS[name].title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {DATASET_NAMES.map((name) => {
        const dataset = DATASETS[name];
        return (
          <section key={name} aria-labelledby={name} className="space-y-3">
            <h2 id={name} className="text-2xl font-bold">
              {dataset.title}: <code>{name}</code>
            </h2>
            <p>{dataset.description}</p>
            <DataTable small caption={`Columns of ${name}`} columns={["Column", "Type", "Meaning", "Values"]}>
              {dataset.columns.map((column) => (
                <tr key={column.name} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4">
                    <code>{column.name}</code>
                  </th>
                  <td className="py-2 pr-4">
                    {column.type}
                    {column.required ? ", never empty" : ""}
                  </td>
                  <td className="py-2 pr-4">{column.description}</td>
                  <td className="py-2">
                    {valuesNote(column)}
                    {column.values ? (
                      <ul>
                        {Object.entries(column.values).map(([value, label]) => (
                          <li key={value}>
                            <code>{value}</code>
                            {value === label ? "" : `: ${label}`}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </DataTable>
          </section>
        );
      })}
    </div>
  );
}
