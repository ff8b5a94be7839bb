import { describe, expect, it } from "vitest";
import { buildAliases } from "../../scripts/reference-data/aliases.ts";
import { readReferenceFile, type OccupationsFile } from "../../shared/reference/data-files.ts";
import { occupationsForAlias } from "../../shared/reference/occupation-aliases.ts";
import { searchOccupations } from "../../shared/reference/occupations.ts";

const first = (q: string) => searchOccupations(q, 5)[0];
const codes = (q: string) => searchOccupations(q, 5).map((hit) => hit.code);

describe("occupation search: nonsense finds nothing (issue 31)", () => {
  it("does not turn made-up words into a weak fuzzy match", () => {
    expect(searchOccupations("Quantenmechaniker für Einhörner", 8)).toEqual([]);
    expect(searchOccupations("Einhörner", 8)).toEqual([]);
    expect(searchOccupations("Azubi", 8)).toEqual([]);
  });

  it("still forgives one typo in a short word and two in a long one", () => {
    expect(first("Bäckr")?.code).toBe("29222");
    expect(first("Mechatronker")?.code).toBe("26112");
    expect(first("Krankenschwster")?.code).toBe("81302");
    expect(codes("Elektrniker Gebäudetechnk")[0]).toBe("26212");
  });

  it("lets a known word carry a query with an unknown one", () => {
    expect(codes("Bäcker für Einhörner")).toContain("29222");
  });
});

describe("occupation search: abbreviations (data/occupation-aliases.json)", () => {
  it("finds MFA however written, with its named occupation", () => {
    for (const q of ["MFA", "mfa", " M.F.A. ", "M-F-A"])
      expect(first(q), q).toEqual({
        code: "81102",
        title: "Medizinische Fachangestellte (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten",
        matched: "Medizinische/r Fachangestellte/r",
        namedOccupation: { code: "81102-106", title: "Medizinische/r Fachangestellte/r" },
        score: 1,
      });
  });

  it("ranks the abbreviation's occupations first, then what the words find, one entry per code", () => {
    expect(first("GuK")?.code).toBe("81302");
    expect(first("Pflegefachkraft")?.namedOccupation?.code).toBe("81302-117");
    expect(first("BTA")?.code).toBe("41212");
    expect(first("PTA")?.code).toBe("81822");
    expect(first("MTR")?.code).toBe("81232");
    expect(first("Physio")?.code).toBe("81713");
    expect(codes("MTA").slice(0, 3)).toEqual(["81212", "81232", "81222"]);
    const nurses = codes("Pflegefachkraft");
    expect(new Set(nurses).size).toBe(nurses.length);
    expect(searchOccupations("MTA", 2)).toHaveLength(2);
  });

  it("is the whole query, not a word in it", () => {
    expect(occupationsForAlias("MFA Köln")).toEqual([]);
    expect(occupationsForAlias("")).toEqual([]);
    expect(occupationsForAlias("itler")).toHaveLength(2);
  });
});

describe("the alias file's build (scripts/reference-data/aliases.ts)", () => {
  const kldb = readReferenceFile<OccupationsFile>("occupations.json");

  it("names every alias's named occupations with their KldB titles", () => {
    expect(buildAliases(kldb, [["MFA", ["81102-106"]]]).aliases).toEqual([
      ["MFA", [["81102-106", "Medizinische/r Fachangestellte/r"]]],
    ]);
    expect(buildAliases(kldb).aliases).toEqual(
      readReferenceFile<{ aliases: unknown }>("occupation-aliases.json").aliases,
    );
  });

  it("fails on an unknown id, an alias listed twice, or two ids of one Berufsgattung", () => {
    expect(() => buildAliases(kldb, [["XYZ", ["81102-999"]]])).toThrow(
      /unknown KldB named occupation 81102-999/,
    );
    expect(() =>
      buildAliases(kldb, [
        ["MFA", ["81102-106"]],
        ["mfa", ["81102-106"]],
      ]),
    ).toThrow(/listed twice/);
    expect(() => buildAliases(kldb, [["MTR", ["81232-116", "81232-102"]]])).toThrow(/one Berufsgattung/);
  });
});
