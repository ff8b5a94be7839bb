import { describe, expect, it } from "vitest";
import { mapHeader } from "../../shared/csv/header-map.ts";
import { modules } from "../../shared/csv/module-cells.ts";
import { OFFER_COLUMNS } from "../../shared/csv/offer-columns.ts";

describe("the Module cell of the offer file (shared/csv/module-cells.ts)", () => {
  it("reads one module per line: Titel | Themen | Stunden | Art, then Termine and ID if given", () => {
    expect(
      modules.read(
        " Pflege | A; B ;; | 1.250 | Theorie | 1.9.27, 2027-03-01 | X-1 \n\n Praxis | C | 8 | PRAXIS |  ",
      ),
    ).toEqual([
      {
        id: "X-1",
        title: "Pflege",
        topics: ["A", "B"],
        hours: 1250,
        kind: "theory",
        startDates: ["2027-09-01", "2027-03-01"],
      },
      { id: "m2", title: "Praxis", topics: ["C"], hours: 8, kind: "practice" },
    ]);
    expect(modules.read("Sprache | D | 4 | language")).toEqual([
      { id: "m1", title: "Sprache", topics: ["D"], hours: 4, kind: "language" },
    ]);
    expect(modules.read("")).toBeUndefined();
    expect(modules.read(" \n ")).toBeUndefined();
  });

  it("names the module and what is wrong with it", () => {
    expect(() => modules.read("A | B | 3")).toThrow(
      "Modul 1 „A | B | 3“: erwartet „Titel | Thema; Thema | Stunden | Art“, dahinter wahlweise „| Termine | ID“",
    );
    expect(() => modules.read("A | B | 3 | Theorie\nA | B | 3 | Theorie | | m | x")).toThrow(/^Modul 2 /);
    expect(() => modules.read("A | B | 3,5 | Theorie")).toThrow("Modul 1: „3,5“ ist keine ganze Zahl");
    expect(() => modules.read("A | B | 3 | Seminar")).toThrow(
      "Modul 1: „Seminar“ ist unbekannt; erlaubt: Theorie, Praxis, Sprache",
    );
    expect(() => modules.read("A | B | 3 | Theorie | 30.2.2027")).toThrow(
      /^Modul 1: „30.2.2027“ ist kein Datum/,
    );
  });

  it("writes what it reads back, with every part", () => {
    const stored = [
      {
        id: "M1",
        title: "Pflege",
        topics: ["A", "B"],
        hours: 120,
        kind: "theory",
        startDates: ["2027-03-01", "2027-09-01"],
      },
      { id: "m2", title: "Praxis", topics: ["C"], hours: 8, kind: "practice" },
    ];
    const cell = modules.write(stored);
    expect(cell).toBe(
      "Pflege | A; B | 120 | Theorie | 01.03.2027, 01.09.2027 | M1\nPraxis | C | 8 | Praxis |  | m2",
    );
    expect(modules.read(cell)).toEqual(stored);
    expect(modules.write(undefined)).toBe("");
  });

  it("is the last column, and a file made before it may lack it", () => {
    const headers = OFFER_COLUMNS.columns.map((c) => c.header);
    expect(headers.at(-1)).toBe("Module");
    const missing = (names: string[]) =>
      mapHeader({ header: names, records: [] } as never, OFFER_COLUMNS).errors.map((e) => e.column);
    expect(missing(headers.filter((h) => h !== "Module"))).toEqual([]);
  });
});
