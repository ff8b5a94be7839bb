import { describe, expect, it } from "vitest";
import {
  CellError,
  choice,
  code,
  date,
  decimal,
  integer,
  language,
  listOf,
  yesNo,
} from "../../shared/csv/cell-formats.ts";
import { columnFor } from "../../shared/csv/column-set.ts";
import { OFFER_COLUMNS, OFFER_FORMAT_LABELS } from "../../shared/csv/offer-columns.ts";

describe("cell formats", () => {
  it("reads German and ISO dates, rejects impossible ones, writes TT.MM.JJJJ", () => {
    expect(date.read("01.03.2027")).toBe("2027-03-01");
    expect(date.read(" 1.3.27 ")).toBe("2027-03-01");
    expect(date.read("01.03.2027 00:00")).toBe("2027-03-01");
    expect(date.read("2027-03-01")).toBe("2027-03-01");
    expect(date.read("")).toBeUndefined();
    for (const bad of ["31.02.2027", "2027-13-01", "März 2027", "01/03/2027"])
      expect(() => date.read(bad), bad).toThrow(CellError);
    expect(date.write("2027-03-01")).toBe("01.03.2027");
  });

  it("reads German decimals and thousands, writes a decimal comma", () => {
    expect(decimal.read("1.250,50")).toBe(1250.5);
    expect(decimal.read("1250,5")).toBe(1250.5);
    expect(decimal.read("1250.5")).toBe(1250.5);
    expect(decimal.read("1.500")).toBe(1500);
    expect(decimal.read("1 250 €")).toBe(1250);
    expect(() => decimal.read("zwölf")).toThrow("„zwölf“ ist keine Zahl");
    expect(decimal.write(1250.5)).toBe("1250,5");
    expect(integer.read("12")).toBe(12);
    expect(() => integer.read("12,5")).toThrow("„12,5“ ist keine ganze Zahl");
  });

  it("reads ja/nein as Excel may write it", () => {
    expect(["ja", "JA", "x", "WAHR", "1"].map((c) => yesNo.read(c))).toEqual([true, true, true, true, true]);
    expect(["nein", "Falsch", "0"].map((c) => yesNo.read(c))).toEqual([false, false, false]);
    expect(yesNo.read(" ")).toBeUndefined();
    expect(() => yesNo.read("vielleicht")).toThrow("bitte ja oder nein");
    expect([yesNo.write(true), yesNo.write(false)]).toEqual(["ja", "nein"]);
  });

  it("maps German labels (and API values) both ways", () => {
    const format = choice(OFFER_FORMAT_LABELS);
    expect(["Präsenz", " präsenz ", "in-person"].map((c) => format.read(c))).toEqual(
      Array(3).fill("in-person"),
    );
    expect(() => format.read("Fernkurs")).toThrow(
      "„Fernkurs“ ist unbekannt; erlaubt: Präsenz, Online, Hybrid",
    );
    expect(format.write("hybrid")).toBe("Hybrid");
  });

  it("splits lists at commas, semicolons and line breaks; gives Excel's lost leading zero back", () => {
    const codes = listOf(code);
    expect(codes.read("26212, 81302;1104\n")).toEqual(["26212", "81302", "01104"]);
    expect(codes.read("")).toEqual([]);
    expect(codes.write(["26212", "81302"])).toBe("26212, 81302");
    expect(code.read("1067")).toBe("01067");
  });

  it("reads a language as ISO code or German name, however written; writes the code", () => {
    const languages = listOf(language);
    expect(languages.read("Arabisch, Ukrainisch")).toEqual(["ar", "uk"]);
    expect(languages.read("AR; uk\nTürkisch")).toEqual(["ar", "uk", "tr"]);
    expect(languages.read("TUERKISCH, türkisch, Tu\u0308rkisch")).toEqual(["tr", "tr", "tr"]);
    expect(languages.read("Persisch, Farsi, Dari, Russisch, Englisch, Französisch")).toEqual([
      "fa",
      "fa",
      "fa",
      "ru",
      "en",
      "fr",
    ]);
    expect(languages.read(" kurdisch ;Tigrinya; Polnisch, Rumänisch, Rumaenisch")).toEqual([
      "ku",
      "ti",
      "pl",
      "ro",
      "ro",
    ]);
    expect(languages.write(["ar", "uk"])).toBe("ar, uk");
    expect(languages.read(languages.write(["ar", "uk"]))).toEqual(["ar", "uk"]);
    expect(() => language.read("Klingonisch")).toThrow(
      new CellError(
        "„Klingonisch“ ist keine bekannte Sprache; bitte ISO-Code (z. B. ar, uk) oder deutscher Name (z. B. Arabisch, Ukrainisch)",
      ),
    );
  });

  it("names the column of an error path", () => {
    const header = (path: string) => columnFor(OFFER_COLUMNS, path)?.header;
    expect(header("occupations[2]")).toBe("Berufe (KldB)");
    expect(header("contact.email")).toBe("Kontakt E-Mail");
    expect(header("contact")).toBe("Kontakt Name");
    expect(header("location")).toBe("PLZ");
    expect(header("")).toBeUndefined();
  });
});
