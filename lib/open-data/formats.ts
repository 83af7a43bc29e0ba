import { Transform } from "node:stream";

// The three formats of every export file, all written by PostgreSQL's COPY. CSV is COPY's own
// (RFC 4180 quoting, a header line). JSON rows come from row_to_json; COPY's text format would
// escape their backslashes, so they go through its CSV format with quote and delimiter bytes that
// JSON text never contains raw (it escapes every control character): each row comes out verbatim,
// one per line.

export const FORMAT_NAMES = ["csv", "json", "ndjson"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface Format {
  name: FormatName;
  contentType: string;
  /** The COPY statement that writes the rows of `select` in this format. */
  copy(select: string): string;
  /** Wraps COPY's output, if the format needs more than its lines. */
  frame?: () => Transform;
}

const jsonLines = (select: string) =>
  `COPY (SELECT row_to_json(r) FROM (${select}) r) TO STDOUT WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')`;

const NEWLINE = 0x0a;
const OPEN = Buffer.from("[\n");
const SEPARATOR = Buffer.from(",\n");
const CLOSE = Buffer.from("\n]\n");

/**
 * JSON lines → one JSON array. A row's closing newline is held back until the next row shows
 * that a comma belongs there: the last row must not have one.
 */
export function jsonArray(): Transform {
  let started = false;
  let heldNewline = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const parts: Buffer[] = [];
      if (!started) parts.push(OPEN);
      started = true;
      if (heldNewline && chunk.length) parts.push(SEPARATOR);
      let from = 0;
      for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, from)) {
        parts.push(chunk.subarray(from, at));
        from = at + 1;
        if (from < chunk.length) parts.push(SEPARATOR);
      }
      heldNewline = from === chunk.length && chunk.length > 0;
      parts.push(chunk.subarray(from));
      done(null, Buffer.concat(parts));
    },
    flush(done) {
      done(null, started ? CLOSE : Buffer.from("[]\n"));
    },
  });
}

export const FORMATS: Record<FormatName, Format> = {
  csv: {
    name: "csv",
    contentType: "text/csv; charset=utf-8; header=present",
    copy: (select) => `COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER)`,
  },
  json: { name: "json", contentType: "application/json; charset=utf-8", copy: jsonLines, frame: jsonArray },
  ndjson: { name: "ndjson", contentType: "application/x-ndjson; charset=utf-8", copy: jsonLines },
};

export const isFormatName = (name: string): name is FormatName => (FORMAT_NAMES as readonly string[]).includes(name);
