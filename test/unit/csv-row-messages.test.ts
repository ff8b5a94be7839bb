import { describe, expect, it } from "vitest";
import { CellError, decimal, integer, language } from "../../shared/csv/cell-formats.ts";
import { orList, plainMessage } from "../../shared/csv/row-messages.ts";
import { isKnownLanguage } from "../../shared/domain/language-names.ts";
import { germanLevel, kldbCode, occupations, text } from "../../shared/schemas/common.ts";
import * as z from "../../shared/schemas/z.ts";

/** The plain message of the first problem `schema` finds in `value`. */
function message(schema: z.ZodMiniType, value: unknown): string {
  const result = z.safeParse(schema, value);
  if (result.success) throw new Error("expected a problem");
  const [issue] = result.error.issues;
  if (!issue) throw new Error("no issue");
  return plainMessage(issue);
}

describe("CSV row messages in plain German", () => {
  it("names a number's bounds without zod's formula", () => {
    const seats = z.int().check(z.minimum(1), z.maximum(1000));
    expect(message(seats, 0)).toBe("mindestens 1");
    expect(message(seats, -3)).toBe("mindestens 1");
    expect(message(seats, 1001)).toBe("höchstens 1000");
    expect(message(z.number().check(z.positive()), 0)).toBe("größer als 0");
    expect(message(z.number().check(z.lt(10)), 10)).toBe("kleiner als 10");
  });

  it("counts a text in characters and a list in entries", () => {
    expect(message(text(3, 200), "Pf")).toBe("mindestens 3 Zeichen");
    expect(message(text(1, 120), "  ")).toBe("darf nicht leer sein");
    expect(message(text(0, 5), "sechs!")).toBe("höchstens 5 Zeichen");
    expect(message(text(0, 1), "zw")).toBe("höchstens 1 Zeichen");
    expect(message(z.array(z.string()).check(z.maxLength(2)), ["a", "b", "c"])).toBe("höchstens 2 Einträge");
    expect(message(z.array(z.string()).check(z.minLength(1)), [])).toBe("mindestens 1 Eintrag");
  });

  it("lists the allowed values as a sentence", () => {
    expect(message(germanLevel, "A7")).toBe("A1, A2, B1, B2, C1 oder C2");
    expect(message(z.literal("ja"), "nein")).toBe("nur ja");
    expect(orList(["A1"])).toBe("A1");
    expect(orList([])).toBe("");
  });

  it("explains e-mail, web address and date formats", () => {
    expect(message(z.email(), "petra@")).toBe("keine gültige E-Mail-Adresse, z. B. name@example.org");
    expect(message(z.url(), "kein link")).toBe("keine gültige Internetadresse, z. B. https://example.org");
    expect(message(z.iso.date(), "2027-13-01")).toBe("kein Datum; erwartet TT.MM.JJJJ, z. B. 01.03.2027");
    expect(message(z.string().check(z.uuid()), "x")).toBe("Format ungültig");
  });

  it("keeps the schemas' own messages", () => {
    expect(message(kldbCode, "2621")).toBe("KldB-Berufsgattung: fünf Ziffern, z. B. 26212");
    expect(message(occupations, [])).toBe("Mindestens eine Berufsgattung (KldB) angeben");
  });

  it("says a value of the wrong kind is invalid", () => {
    expect(message(z.number(), "zwei")).toBe("keine Zahl");
    expect(message(z.string(), 2)).toBe("Wert ungültig");
  });
});

describe("CSV cells: signs and languages", () => {
  it("reads a minus sign, so the column's bound is named", () => {
    expect(integer.read("-3")).toBe(-3);
    expect(integer.read("−3")).toBe(-3);
    expect(Object.is(integer.read("-0"), 0)).toBe(true);
    expect(decimal.read("-1.234,5")).toBe(-1234.5);
    expect(decimal.read("-2.5")).toBe(-2.5);
    expect(() => integer.read("--3")).toThrow(new CellError("„--3“ ist keine Zahl"));
    expect(() => integer.read("3-")).toThrow(new CellError("„3-“ ist keine Zahl"));
  });

  it("reads only the languages the pages offer", () => {
    expect(language.read("AR")).toBe("ar");
    expect(() => language.read("xx")).toThrow(/^„xx“ ist keine bekannte Sprache/);
    expect(() => language.read("ja")).toThrow(/^„ja“ ist keine bekannte Sprache/);
    expect(isKnownLanguage("uk")).toBe(true);
    expect(isKnownLanguage("xx")).toBe(false);
    expect(isKnownLanguage("constructor")).toBe(false);
  });
});
