// Reading ease of Spanish text, by Fernández Huerta's adaptation of Flesch's formula as corrected
// by Law (2011): 206.84 − 60 × syllables per word − 1.02 × words per sentence. 60–70 reads as
// "normal" (about US grades 7–8), 70–80 "fairly easy"; text-readability only knows English.

const VOWEL_GROUPS = /[aeiouáéíóúü]+/g;
// Two of these side by side are two syllables (a hiatus: "le-er", "dí-a"); a weak vowel (i, u, ü)
// next to any vowel makes a diphthong, one syllable ("cien", "cuan-do").
const STRONG = new Set(["a", "e", "o", "á", "é", "ó", "í", "ú"]);

export function spanishSyllables(word: string): number {
  const groups = word.toLowerCase().match(VOWEL_GROUPS) ?? [];
  let count = 0;
  for (const group of groups) {
    count += 1;
    for (let index = 1; index < group.length; index++) {
      if (STRONG.has(group[index - 1]!) && STRONG.has(group[index]!)) count += 1;
    }
  }
  return Math.max(1, count);
}

export function fernandezHuerta(text: string): number {
  const words = text.split(/\s+/).filter((word) => /[a-záéíóúüñ]/i.test(word));
  const sentences = Math.max(1, text.split(/[.?!]+/).filter((sentence) => sentence.trim()).length);
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  const count = Math.max(1, words.length);
  return 206.84 - (60 * syllables) / count - (1.02 * count) / sentences;
}
