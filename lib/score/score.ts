import type { Locale } from "@/lib/i18n/routing";
import { RUBRIC, RUBRIC_VERSION, rubricTexts, type Part, type RubricItem, type ScorableDisclosure, type ScorableTool } from "./rubric";
import type { WhyWords } from "./why-words";

// Applies the rubric (./rubric.ts) to one published disclosure. Pure and client-safe: the same
// function scores every facility, at publication and at start-up.
//
// Rules, the same for every item:
// - an answered question earns its points (some answers only part of them: see the rubric);
// - "unknown", "declined" and a question missing from the version (an older format) earn nothing;
// - "not applicable", and a question the rubric does not apply (the region of an on-site tool),
//   are neutral: left out of the points possible. An item with nothing left is "neutral";
// - tool items are assessed for each AI tool and averaged over the tools they apply to. A facility
//   that says it uses no AI (or that AI is not applicable) and lists no tools: tool items neutral.
//   Any other facility without tools (uses AI, unknown, declined): tool items missed;
// - score = round(100 × earned / possible). Nothing possible at all (every answer "not
//   applicable"): score 0 — such a disclosure tells a patient nothing the rubric can credit.

export type ItemState = "earned" | "partial" | "missed" | "neutral";

export interface ScoredItem {
  id: string;
  title: string;
  earned: number;
  possible: number;
  state: ItemState;
  why: string;
}

export interface ScoreResult {
  rubricVersion: string;
  score: number;
  earned: number;
  possible: number;
  items: ScoredItem[];
}

type Graded = { neutral: true; why: string } | { neutral: false; earned: number; possible: number; why: string };

function gradePart(part: Part, words: WhyWords): { earned: number; possible: number; note: string } {
  if (part.skip) return { earned: 0, possible: 0, note: words.notes[part.skip] };
  const state = part.answer?.state;
  if (state === "answered") {
    const { share, note } = part.grade?.((part.answer as { value?: unknown }).value) ?? { share: 1 };
    return { earned: part.points * share, possible: part.points, note: note ? words.notes[note] : words.answered };
  }
  if (state === "not_applicable") return { earned: 0, possible: 0, note: words.unanswered.not_applicable };
  if (state === "unknown" || state === "declined") return { earned: 0, possible: part.points, note: words.unanswered[state] };
  return { earned: 0, possible: part.points, note: words.missing };
}

function gradeParts(parts: Part[], words: WhyWords): Graded {
  const graded = parts.map((part) => ({ part, ...gradePart(part, words) }));
  const possible = graded.reduce((sum, g) => sum + g.possible, 0);
  const why = graded.map((g) => `${words.parts[g.part.what]}: ${g.note}.`).join(" ");
  if (possible === 0) return { neutral: true, why };
  return { neutral: false, earned: graded.reduce((sum, g) => sum + g.earned, 0), possible, why };
}

function gradeToolItem(item: RubricItem, disclosure: ScorableDisclosure, tools: ScorableTool[], words: WhyWords): Graded {
  if (!tools.length) {
    const usesAi = disclosure.practices?.usesAi;
    if (usesAi?.state === "not_applicable" || (usesAi?.state === "answered" && usesAi.value === false))
      return { neutral: true, why: words.noAi };
    return { neutral: false, earned: 0, possible: item.points, why: usesAi?.state === "answered" ? words.aiWithoutTools : words.noTools };
  }
  const perTool = tools.map((tool, index) => ({
    name: tool.productName || words.unnamedTool(index + 1),
    ...gradeParts(item.parts(disclosure, tool), words),
  }));
  const counted = perTool.filter((t): t is typeof t & { neutral: false } => !t.neutral);
  const why = perTool.map((t) => `${t.name} — ${t.why}`).join(" ");
  if (!counted.length) return { neutral: true, why };
  // Each tool counts the same, whatever the points possible for it: the average of its shares.
  const share = counted.reduce((sum, t) => sum + t.earned / t.possible, 0) / counted.length;
  const averaged = counted.length > 1 ? ` ${words.averaged(counted.length)}` : "";
  return { neutral: false, earned: item.points * share, possible: item.points, why: `${why}${averaged}` };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * `locale` words the titles and explanations, nothing else: the numbers are the same in every
 * language. English is the form stored with a score and served by the API.
 */
export function scoreDisclosure(disclosure: ScorableDisclosure, locale: Locale = "en"): ScoreResult {
  const texts = rubricTexts(locale);
  const tools = (Array.isArray(disclosure.aiTools) ? disclosure.aiTools : []).filter((tool): tool is ScorableTool => Boolean(tool));
  const items = RUBRIC.map((item): ScoredItem => {
    const graded =
      item.scope === "tool" ? gradeToolItem(item, disclosure, tools, texts.why) : gradeParts(item.parts(disclosure, {}), texts.why);
    const title = texts.items[item.id].title;
    if (graded.neutral) return { id: item.id, title, earned: 0, possible: 0, state: "neutral", why: graded.why };
    const state: ItemState = graded.earned >= graded.possible ? "earned" : graded.earned > 0 ? "partial" : "missed";
    return { id: item.id, title, earned: round(graded.earned), possible: round(graded.possible), state, why: graded.why };
  });
  const earned = items.reduce((sum, item) => sum + item.earned, 0);
  const possible = items.reduce((sum, item) => sum + item.possible, 0);
  return {
    rubricVersion: RUBRIC_VERSION,
    score: possible > 0 ? Math.min(100, Math.max(0, Math.round((100 * earned) / possible))) : 0,
    earned: round(earned),
    possible: round(possible),
    items,
  };
}

/**
 * The explanation of each item of a stored score (worded in English) in `locale`, by item id, for
 * a page in that language: worded again from the disclosure it scored. An item whose numbers come
 * out different from the stored ones (the rubric changed without a new version) is left out, so
 * the page keeps its stored words, which match the stored numbers it shows.
 */
export function explanationsIn(stored: ScoreResult, disclosure: ScorableDisclosure, locale: Locale): Map<string, string> {
  const worded = scoreDisclosure(disclosure, locale);
  if (worded.rubricVersion !== stored.rubricVersion) return new Map();
  const storedItems = new Map(stored.items.map((item) => [item.id, item]));
  const agrees = (item: ScoredItem) => {
    const was = storedItems.get(item.id);
    return was?.earned === item.earned && was.possible === item.possible && was.state === item.state;
  };
  return new Map(worded.items.filter(agrees).map((item) => [item.id, item.why]));
}
