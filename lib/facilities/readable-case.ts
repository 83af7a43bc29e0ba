// CMS files shout: "ST. VINCENT'S EAST", "UPMC HAMOT", "1108 ROSS CLARK CIRCLE". People read
// "St. Vincent's East", "UPMC Hamot", "1108 Ross Clark Circle".

/** Kept in capitals: initialisms that appear in facility names and addresses. */
const INITIALISMS = new Set(
  (
    "MRI CT PET MR US USA VA LLC LLP PLLC PC PA NA HCA SSM UPMC UCLA UCSF UCSD UC UNC UAB UAMS UT UTMB UVA UW UK KU OU LSU NYU " +
    "MUSC OSF OHSU VCU CHI CHS HSHS AMITA ER ICU II III IV VI VII VIII IX XI XII NE NW SE SW PO HQ IHS JPS MD DC ECU ETMC " +
    "UNM UNMH UMC UMMC SJ SCL LTAC LTACH OSU PSU TMC TJ BJC HCMC AHN WVU CMC MHA MCV"
  ).split(" "),
);

/** Kept in lower case unless they open the name. */
const MINOR_WORDS = new Set(["of", "the", "and", "at", "for", "in", "on", "by", "de", "del", "la", "las", "los", "y", "a", "an"]);

const VOWEL = /[AEIOUY]/;

function capitalise(word: string): string {
  if (word.length === 0) return word;
  // Mc and O' names: MCALLEN → McAllen, O'CONNOR → O'Connor.
  const mc = /^MC([A-Z]{2,})$/.exec(word);
  if (mc) return `Mc${mc[1]![0]}${mc[1]!.slice(1).toLowerCase()}`;
  const apostrophe = /^([A-Z])'([A-Z]{2,})$/.exec(word);
  if (apostrophe) return `${apostrophe[1]}'${apostrophe[2]![0]}${apostrophe[2]!.slice(1).toLowerCase()}`;
  return word[0]! + word.slice(1).toLowerCase();
}

function caseWord(word: string, first: boolean): string {
  const letters = word.replace(/[^A-Za-z]/g, "");
  const bare = letters.toUpperCase();
  if (INITIALISMS.has(bare)) return word.toUpperCase();
  if (!first && MINOR_WORDS.has(letters.toLowerCase()) && letters.length === word.length) return word.toLowerCase();
  // A short word without vowels is an initialism we do not know by name (SSM, HSHS)…
  // …except the abbreviations St, Mt, Ft, Dr, Jr, Sr that are read as words.
  if (
    bare.length >= 2 &&
    bare.length <= 4 &&
    !VOWEL.test(bare) &&
    !/^(ST|MT|FT|DR|JR|SR|HWY|BLVD|PKWY|STE|RD|LN|CT|PL|SQ|CTR|CNTR|HLTH|HSP|SVCS|SVC|MGMT|CNTY|RGNL|MEML|MDCL|PSYCH)$/.test(bare)
  ) {
    return word.toUpperCase();
  }
  // Possessives and contractions: VINCENT'S → Vincent's.
  const possessive = /^([A-Z]+)'S$/.exec(word.toUpperCase());
  if (possessive) return `${capitalise(possessive[1]!)}'s`;
  // Ordinals and numbers: 1ST → 1st.
  if (/^\d/.test(word)) return word.toLowerCase();
  return word
    .toUpperCase()
    .split(/([-/])/)
    .map((part) => (part === "-" || part === "/" ? part : capitalise(part)))
    .join("");
}

/** Readable case for text written all in capitals; text already in mixed case is left alone. */
export function readableCase(text: string): string {
  if (/[a-z]/.test(text))
    return text.replace(/\b(\d+)(ST|ND|RD|TH)\b/g, (_, number: string, suffix: string) => number + suffix.toLowerCase());
  let first = true;
  return text.replace(/[A-Za-z0-9'.&\-/]+/g, (word) => {
    const cased = caseWord(word.replace(/\.$/, ""), first) + (word.endsWith(".") ? "." : "");
    first = false;
    return cased;
  });
}
