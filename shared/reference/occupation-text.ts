/**
 * Normalises German occupation names for matching, identically for the index and the query:
 * lower case, umlauts folded (ä→a, ö→o, ü→u, ß→ss, other accents dropped), gendered forms
 * expanded ("Elektroniker/in" → elektroniker, elektronikerin; "Pflegefachmann/-frau" →
 * pflegefachmann, pflegefachfrau), hyphenated compounds split and joined ("Kfz-Mechatroniker" →
 * kfz, mechatroniker, kfzmechatroniker), filler words dropped.
 */

const STOPWORDS = new Set(
  "und oder der die das des den dem fur mit von vom zur zum im in am an auf bei als aus nach ohne sowie bzw ggf".split(
    " ",
  ),
);
/** Suffixes after a slash that form the other gender from the whole word: Elektroniker/in, Sachkundige/r. */
const GENDER_SUFFIXES = new Set(["in", "innen", "r", "e", "n"]);
const MIN_OVERLAP = 3;
const NON_ASCII = /[\u0080-\uffff]/g;
const SEPARATORS = /[^a-z0-9/-]+/;
const folded = new Map<string, string>([["ß", "ss"]]);

function foldCharacter(character: string): string {
  let result = folded.get(character);
  if (result === undefined) {
    result = character.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    folded.set(character, result);
  }
  return result;
}

/** Lower case without diacritics: "Gebäude-Straße" → "gebaude-strasse". */
export function foldGerman(text: string): string {
  return text.toLowerCase().replace(NON_ASCII, foldCharacter);
}

/** "pflanzenarzt" + "-arztin" → "pflanzenarztin": the alternative replaces the word's tail it overlaps. */
function alternativeForm(word: string, alternative: string): string {
  for (let length = alternative.length; length >= MIN_OVERLAP; length--) {
    const at = word.lastIndexOf(alternative.slice(0, length));
    if (at >= 0) return word.slice(0, at) + alternative;
  }
  if (alternative === "frau" && word.endsWith("mann")) return `${word.slice(0, -4)}frau`;
  return alternative;
}

/** One whitespace-free chunk, e.g. "elektroniker/in" or "berg-/maschinenmann/-frau" → words. */
function chunkWords(chunk: string): string[] {
  const words: string[] = [];
  let previous = "";
  for (const part of chunk.split("/")) {
    const suffix = part.replace(/^-/, "");
    if (previous && GENDER_SUFFIXES.has(suffix)) words.push(previous + suffix);
    else if (previous && part.startsWith("-") && suffix) words.push(alternativeForm(previous, suffix));
    else {
      words.push(part);
      previous = part.replace(/-+$/, "");
    }
  }
  return words;
}

function hyphenParts(word: string): string[] {
  const parts = word.split("-").filter((part) => part !== "");
  return parts.length > 1 ? [...parts, parts.join("")] : parts;
}

/** Normalised terms of a text, in order, without duplicates. Hot path of the index build. */
export function occupationTerms(text: string): string[] {
  const terms: string[] = [];
  const add = (term: string) => {
    if (term.length > 1 && !STOPWORDS.has(term) && !terms.includes(term)) terms.push(term);
  };
  for (const chunk of foldGerman(text).split(SEPARATORS)) {
    if (!chunk.includes("/") && !chunk.includes("-")) add(chunk);
    else for (const word of chunkWords(chunk)) for (const part of hyphenParts(word)) add(part);
  }
  return terms;
}
