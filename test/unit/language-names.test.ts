import { describe, expect, it } from "vitest";
import { languageCodeOf, languageName } from "../../shared/domain/language-names.ts";

// The names shown to coaches and employers ("Gemeinsame Sprache: …").
const NAMES = {
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

describe("languageName", () => {
  it("names the languages most spoken in the IQ networks in German", () => {
    expect(Object.fromEntries(Object.keys(NAMES).map((code) => [code, languageName(code)]))).toEqual(NAMES);
  });

  it("shows any other code as it is", () => {
    expect(languageName("nl")).toBe("nl");
  });

  it("finds the code of every name in the table, and of other common names", () => {
    expect(Object.values(NAMES).map(languageCodeOf)).toEqual(Object.keys(NAMES));
    expect(["Farsi", "Dari", "Paschtunisch", "Somalisch", "Tigrinisch"].map(languageCodeOf)).toEqual([
      "fa",
      "fa",
      "ps",
      "so",
      "ti",
    ]);
    expect(languageCodeOf("Klingonisch")).toBeUndefined();
  });

  it("folds case, surrounding spaces and the spellings of ä, ö, ü and ß", () => {
    expect(
      ["  Arabisch ", "ARABISCH", "Franzoesisch", "Rumaenisch", "TUERKISCH", "Tu\u0308rkisch", "Rußisch"].map(
        languageCodeOf,
      ),
    ).toEqual(["ar", "ar", "fr", "ro", "tr", "tr", "ru"]);
    expect(["Paschto", "Farsi "].map(languageCodeOf)).toEqual(["ps", "fa"]);
    // A space inside a name is kept: "Ara bisch" is no language of the table.
    expect(languageCodeOf("Ara bisch")).toBeUndefined();
  });
});
