// The three formats of every export file, all written by PostgreSQL's COPY. CSV is COPY's own
// (RFC 4180 quoting, a header line). JSON rows come from row_to_json; COPY's text format would
// escape their backslashes, so they go through its CSV format with quote and delimiter bytes that
// JSON text never contains raw (it escapes every control character): each row comes out verbatim,
// one per line. The JSON array is framed by the query itself, so its rows stream through untouched.

export const FORMAT_NAMES = ["csv", "json", "ndjson"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface Format {
  name: FormatName;
  contentType: string;
  /** The COPY statement that writes the rows of `select` in this format. */
  copy(select: string): string;
  /** What follows COPY's output, if the format needs more than its lines; `empty` when there were no rows. */
  end?: (empty: boolean) => string;
}

const JSON_COPY_OPTIONS = "WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')";

const jsonLines = (select: string) => `COPY (SELECT row_to_json(r) FROM (${select}) r) TO STDOUT ${JSON_COPY_OPTIONS}`;

/** One JSON array: the first row opens it, the others start with a comma; `end` closes it. */
const jsonArray = (select: string) =>
  `COPY (SELECT CASE WHEN row_number() OVER () = 1 THEN '[' ELSE ',' END || row_to_json(r)::text FROM (${select}) r) TO STDOUT ${JSON_COPY_OPTIONS}`;

export const FORMATS: Record<FormatName, Format> = {
  csv: {
    name: "csv",
    contentType: "text/csv; charset=utf-8; header=present",
    copy: (select) => `COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER)`,
  },
  json: { name: "json", contentType: "application/json; charset=utf-8", copy: jsonArray, end: (empty) => (empty ? "[]\n" : "]\n") },
  ndjson: { name: "ndjson", contentType: "application/x-ndjson; charset=utf-8", copy: jsonLines },
};

export const isFormatName = (name: string): name is FormatName => (FORMAT_NAMES as readonly string[]).includes(name);
