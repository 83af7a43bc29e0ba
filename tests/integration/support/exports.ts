import { parse } from "csv-parse/sync";
import { GET } from "@/app/api/v1/exports/[file]/route";

// Calls the export route as Next.js would, and reads its files in each format.

export const getExport = (file: string, signal?: AbortSignal) =>
  GET(new Request(`http://localhost/api/v1/exports/${file}`, { signal }), { params: Promise.resolve({ file }) });

export async function readExport(file: string): Promise<{ response: Response; body: string }> {
  const response = await getExport(file);
  return { response, body: await response.text() };
}

export type Row = Record<string, unknown>;

/** The file's header and rows, whatever its format; CSV values are strings, JSON keeps its types. */
export function parseExport(format: string, body: string): { columns: string[]; rows: Row[] } {
  if (format === "csv") {
    const [header, ...records] = parse(body, { relax_column_count: false }) as string[][];
    return { columns: header!, rows: records.map((record) => Object.fromEntries(header!.map((name, i) => [name, record[i]]))) };
  }
  const rows: Row[] =
    format === "json"
      ? JSON.parse(body)
      : body
          .split("\n")
          .filter((line, index, lines) => line !== "" || index < lines.length - 1)
          .map((line) => JSON.parse(line));
  return { columns: rows[0] ? Object.keys(rows[0]) : [], rows };
}

/** A JSON value as the CSV file writes it: empty for null. */
export const asCsv = (value: unknown) => (value === null ? "" : String(value));
