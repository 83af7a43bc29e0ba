// `npm run validate -- my-disclosure.json [more.json…]`: checks disclosure files against the
// disclosure format and prints every problem as `file: path: message`, then a summary. Exit code 0
// when every file is valid, 1 when any is not, 2 for a usage error or a file that cannot be read.
// It imports only pure modules, so it needs no database and no configuration.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { DISCLOSURE_SCHEMA_VERSION } from "@/lib/disclosures/schema";
import { validateDisclosure } from "@/lib/disclosures/validate";

const USAGE = `Usage: npm run validate -- my-disclosure.json [more.json…]
Checks each file against the ScanAware disclosure format ${DISCLOSURE_SCHEMA_VERSION} and lists every problem.`;

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let files: string[] = [];
try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  files = positionals;
} catch (error) {
  usageError((error as Error).message);
}
if (!files.length) usageError("Name at least one file to check.");

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Where in the text a JSON.parse error points, as "line 3, column 5", when its message says. */
function locate(text: string, message: string): string | undefined {
  const position =
    /at position (\d+)/.exec(message)?.[1] ?? (/Unexpected end of JSON input/.test(message) ? String(text.length) : undefined);
  if (position === undefined) return undefined;
  const before = text.slice(0, Number(position)).split("\n");
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

// Newer Node versions add "(line 3 column 5)" themselves; the location is printed once, our way.
const withoutLocation = (message: string) => message.replace(/ in JSON at position \d+.*$| \(line \d+ column \d+\)$/, "");

type Outcome = "valid" | "invalid" | "not-json" | "unreadable";
interface Checked {
  outcome: Outcome;
  problems: number;
}

async function check(file: string): Promise<Checked> {
  let text: string;
  try {
    text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  } catch (error) {
    console.error(`${file}: cannot be read: ${(error as Error).message}`);
    return { outcome: "unreadable", problems: 0 };
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const where = locate(text, message);
    console.log(`${file}: not valid JSON${where ? ` at ${where}` : ""}: ${withoutLocation(message)}`);
    return { outcome: "not-json", problems: 1 };
  }
  const result = validateDisclosure(content);
  if (result.ok) {
    console.log(`${file}: valid`);
    return { outcome: "valid", problems: 0 };
  }
  for (const problem of result.problems) console.log(`${file}: ${problem.path || "(root)"}: ${problem.message}`);
  return { outcome: "invalid", problems: result.problems.length };
}

const outcomes: Checked[] = [];
for (const file of files) outcomes.push(await check(file));

const count = (outcome: Outcome) => outcomes.filter((o) => o.outcome === outcome).length;
const invalid = count("invalid");
const problems = outcomes.reduce((sum, o) => sum + (o.outcome === "invalid" ? o.problems : 0), 0);
const parts = [
  `${count("valid")} valid`,
  invalid ? `${invalid} with ${plural(problems, "problem")}` : "",
  count("not-json") ? `${count("not-json")} not valid JSON` : "",
  count("unreadable") ? `${count("unreadable")} unreadable` : "",
].filter(Boolean);
console.log(`${plural(files.length, "file")}: ${parts.join(", ")}`);

process.exit(count("unreadable") ? 2 : count("valid") === files.length ? 0 : 1);
