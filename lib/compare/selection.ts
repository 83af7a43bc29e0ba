// What the /compare address holds: the facilities chosen (f, repeated, in the order chosen) and
// whether to show only the questions they answer differently. Client-safe and pure, so the page,
// the search results' form and the tests read it the same way.

export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

/** Looked up at most: an address with more is not a patient's choice, and one query stays small. */
const MAX_ASKED = 20;

/** The same shape as getFacilityBySlug accepts: anything else cannot name a facility. */
const SLUG = /^[a-z0-9-]{1,120}$/;

export interface Selection {
  /** Slugs to look up, each once, in the order chosen; the first MAX_COMPARED found are compared. */
  slugs: string[];
  /** Not a facility's address at all (the rest may still turn out unknown). */
  malformed: string[];
  onlyDifferences: boolean;
}

const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

export function readSelection(raw: Record<string, string | string[] | undefined>): Selection {
  const chosen = [...new Set(list(raw.f).map((slug) => slug.trim().toLowerCase()))].filter(Boolean);
  const wellFormed = chosen.filter((slug) => SLUG.test(slug));
  return {
    slugs: wellFormed.slice(0, MAX_ASKED),
    malformed: chosen.filter((slug) => !SLUG.test(slug)),
    onlyDifferences: list(raw.only).includes("differences"),
  };
}

/** The facilities compared, and those found past the limit, so an unknown address never takes a place. */
export const splitAtLimit = <T>(found: T[]) => ({ shown: found.slice(0, MAX_COMPARED), extra: found.slice(MAX_COMPARED) });

/** The /compare address of these facilities; "remove" and "add" are this with one fewer or one more. */
export function compareHref(slugs: readonly string[], { onlyDifferences = false } = {}): string {
  const params = new URLSearchParams(slugs.map((slug) => ["f", slug]));
  if (onlyDifferences) params.set("only", "differences");
  const query = params.toString();
  return query ? `/compare?${query}` : "/compare";
}
