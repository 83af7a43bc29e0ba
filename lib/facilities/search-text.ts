// One normalisation for what is indexed and what is searched, so "São" finds "Sao" and
// "ST. MARY'S" finds "st marys".

// Letters that Unicode does not decompose into a base letter and an accent.
const TRANSLITERATIONS: Record<string, string> = { ß: "ss", ł: "l", ø: "o", æ: "ae", œ: "oe", đ: "d", þ: "th", ı: "i" };

export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßłøæœđþı]/g, (letter) => TRANSLITERATIONS[letter]!)
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function facilitySearchText(facility: { name: string; city: string; state: string }): string {
  return normalizeForSearch([facility.name, facility.city, facility.state].join(" "));
}

export function slugify(text: string): string {
  return normalizeForSearch(text).replace(/ /g, "-").slice(0, 80).replace(/-$/, "");
}
