import { describe, expect, it } from "vitest";
import {
  getNamedOccupation,
  getOccupation,
  isOccupationCode,
  searchOccupations,
} from "../../shared/reference/occupations.ts";

const codes = (q: string, limit = 10) => searchOccupations(q, limit).map((hit) => hit.code);

describe("searchOccupations: text", () => {
  it("finds the named occupation Elektroniker/in - Energie- und Gebäudetechnik under 26212", () => {
    const [first] = searchOccupations("Elektroniker Energie und Gebäudetechnik", 10);
    expect(first).toMatchObject({
      code: "26212",
      title: "Berufe in der Bauelektrik – fachlich ausgerichtete Tätigkeiten",
      matched: "Elektroniker/in - Energie- und Gebäudetechnik",
      score: 1,
    });
  });

  it("tolerates a missing umlaut and a left-out word", () => {
    expect(codes("Elektroniker Gebaudetechnik")[0]).toBe("26212");
  });

  it("tolerates typos", () => {
    expect(codes("Elektrniker Gebäudetechnk")[0]).toBe("26212");
  });

  it("matches the other gender of a gendered name (Pflegefachmann/-frau)", () => {
    expect(codes("Pflegefachfrau").slice(0, 3)).toContain("81302");
    expect(codes("pflegefachfrau").slice(0, 3)).toContain("81302");
    expect(codes("Elektronikerin Energie- und Gebäudetechnik")[0]).toBe("26212");
  });

  it("matches hyphenated compounds written apart or together", () => {
    expect(codes("Kfz-Mechatroniker")[0]).toBe("25212");
    expect(codes("Kfz Mechatronikerin")[0]).toBe("25212");
    expect(codes("Kfzmechatroniker")[0]).toBe("25212");
  });

  it("ranks an exact name above longer names that merely contain it", () => {
    expect(searchOccupations("Bäcker", 1)[0]?.matched).toBe("Bäcker/in");
    expect(searchOccupations("Elektroniker", 1)[0]?.matched).toBe("Elektroniker/in");
  });

  it("returns one entry per code, ranked, with scores relative to the best hit", () => {
    const hits = searchOccupations("Elektroniker", 50);
    expect(new Set(hits.map((hit) => hit.code)).size).toBe(hits.length);
    expect(hits[0]?.score).toBe(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i]?.score).toBeLessThanOrEqual(hits[i - 1]?.score ?? 0);
    expect(hits.every((hit) => isOccupationCode(hit.code))).toBe(true);
  });

  it("respects the limit and answers nothing for noise", () => {
    expect(searchOccupations("Pflege", 3)).toHaveLength(3);
    expect(searchOccupations("xqzvwj", 10)).toEqual([]);
    expect(searchOccupations("und der", 10)).toEqual([]);
  });
});

describe("searchOccupations: codes", () => {
  it("returns a 5-digit code first", () => {
    expect(searchOccupations("26212", 10)[0]).toEqual({
      code: "26212",
      title: "Berufe in der Bauelektrik – fachlich ausgerichtete Tätigkeiten",
      score: 1,
    });
    expect(codes(" 81302 ")[0]).toBe("81302");
    expect(codes("26212-110")[0]).toBe("26212");
  });

  it("lists the codes under a 3- or 4-digit prefix, in code order", () => {
    expect(codes("2621")).toEqual(["26212", "26213"]);
    const group = codes("262", 50);
    expect(group.length).toBeGreaterThan(2);
    expect(group.every((code) => code.startsWith("262"))).toBe(true);
    expect(group).toEqual([...group].sort());
    expect(codes("011")).toContain("01104");
  });

  it("returns nothing for a code that does not exist", () => {
    expect(searchOccupations("99999", 10)).toEqual([]);
  });
});

describe("getOccupation / isOccupationCode", () => {
  it("resolves a code with its group, subgroup and named occupations", () => {
    const occupation = getOccupation("26212");
    expect(occupation).toMatchObject({
      code: "26212",
      shortTitle: "Bauelektrik - Fachkraft",
      group: { code: "262", title: "Energietechnik" },
      subgroup: { code: "2621", title: "Berufe in der Bauelektrik" },
    });
    expect(occupation?.namedOccupations).toContain("Elektroniker/in - Energie- und Gebäudetechnik");
  });

  it("keeps the leading zero of military codes", () => {
    expect(isOccupationCode("01104")).toBe(true);
    expect(isOccupationCode("1104")).toBe(false);
    expect(getOccupation("01104")?.group).toEqual({ code: "011", title: "Offiziere" });
  });

  it("knows only 5-digit Berufsgattungen", () => {
    expect(isOccupationCode("262")).toBe(false);
    expect(isOccupationCode("99999")).toBe(false);
    expect(getOccupation("99999")).toBeUndefined();
  });

  it("hands out copies that cannot change the reference data", () => {
    getOccupation("26212")?.namedOccupations.push("Zauberer/in");
    expect(getOccupation("26212")?.namedOccupations).not.toContain("Zauberer/in");
  });
});

describe("named occupations with their KldB ids (issue 28: the case's reference occupation)", () => {
  it("looks one up by its id, and nothing else", () => {
    expect(getNamedOccupation("81302-129")).toEqual({
      code: "81302-129",
      title: "Pflegefachmann/-frau (Ausbildung)",
    });
    expect(getNamedOccupation("26212-110")?.title).toBe("Elektroniker/in - Energie- und Gebäudetechnik");
    expect(getNamedOccupation("01104-102")?.title).toBe("Offizier - Truppendienst");
    for (const code of ["81302-999", "99999-100", "81302", "81302129", "81302-12", "81302-1290", "81302x129"])
      expect(getNamedOccupation(code), code).toBeUndefined();
  });

  it("lists them under their Berufsgattung, in the file's order, with the names", () => {
    const occupation = getOccupation("81302");
    expect(occupation?.named).toHaveLength(occupation?.namedOccupations.length ?? -1);
    expect(occupation?.named.map((n) => n.title)).toEqual(occupation?.namedOccupations);
    expect(occupation?.named[0]).toEqual({ code: "81302-100", title: "Krankenschwester/-pfleger" });
    expect(occupation?.named).toContainEqual({
      code: "81302-129",
      title: "Pflegefachmann/-frau (Ausbildung)",
    });
  });

  it("names the matched named occupation with its id in a text search", () => {
    const [first] = searchOccupations("Elektroniker Energie und Gebäudetechnik", 10);
    expect(first?.namedOccupation).toEqual({
      code: "26212-110",
      title: "Elektroniker/in - Energie- und Gebäudetechnik",
    });
    const nurse = searchOccupations("Pflegefachmann Ausbildung", 5).find((hit) => hit.code === "81302");
    expect(nurse?.namedOccupation).toEqual({ code: "81302-129", title: "Pflegefachmann/-frau (Ausbildung)" });
  });

  it("a search by a named occupation's id answers its Berufsgattung with it; a code alone, without", () => {
    expect(searchOccupations("81302-129", 10)).toEqual([
      {
        code: "81302",
        title: getOccupation("81302")?.title,
        score: 1,
        namedOccupation: { code: "81302-129", title: "Pflegefachmann/-frau (Ausbildung)" },
      },
    ]);
    expect(searchOccupations("81302-999", 10)[0]?.namedOccupation).toBeUndefined();
    expect(searchOccupations("81302-12", 10)[0]?.namedOccupation).toBeUndefined();
    expect(searchOccupations("81302", 10)[0]).toEqual({
      code: "81302",
      title: getOccupation("81302")?.title,
      score: 1,
    });
  });
});
