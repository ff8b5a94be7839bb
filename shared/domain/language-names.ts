/** German names of the languages candidates and mentors speak most often in the IQ networks. */
const NAMES: Record<string, string> = {
  ar: "Arabisch",
  bg: "Bulgarisch",
  de: "Deutsch",
  el: "Griechisch",
  en: "Englisch",
  es: "Spanisch",
  fa: "Persisch",
  fr: "Französisch",
  hr: "Kroatisch",
  hu: "Ungarisch",
  it: "Italienisch",
  ku: "Kurdisch",
  pl: "Polnisch",
  ps: "Paschtu",
  pt: "Portugiesisch",
  ro: "Rumänisch",
  ru: "Russisch",
  so: "Somali",
  sq: "Albanisch",
  sr: "Serbisch",
  ti: "Tigrinya",
  tr: "Türkisch",
  uk: "Ukrainisch",
  vi: "Vietnamesisch",
  zh: "Chinesisch",
};

export const languageName = (code: string) => NAMES[code] ?? code;

/** Whether `code` is one of the languages above: the ones the pages offer and the import reads. */
export const isKnownLanguage = (code: string) => Object.hasOwn(NAMES, code);

/** Other German names people write for a language of the table (Dari is the Persian of Afghanistan). */
const OTHER_NAMES: Record<string, string> = {
  farsi: "fa",
  dari: "fa",
  paschto: "ps",
  paschtunisch: "ps",
  somalisch: "so",
  tigrinisch: "ti",
};

/** "Türkisch", "TUERKISCH" and a decomposed ü (macOS) are one key: case, spaces and umlaut spellings fold. */
const fold = (name: string) =>
  name
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss");

/** Built on first use: only the CSV import reads names, and every function that shows names loads this module. */
let codes: Map<string, string> | undefined;
const buildCodes = () =>
  new Map<string, string>([
    ...Object.entries(NAMES).map(([code, name]) => [fold(name), code] as const),
    ...Object.entries(OTHER_NAMES).map(([name, code]) => [fold(name), code] as const),
  ]);

/** The ISO 639-1 code of a German language name ("Arabisch" → "ar"), undefined for a name not known. */
export const languageCodeOf = (name: string) => (codes ??= buildCodes()).get(fold(name));
