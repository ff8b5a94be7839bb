import { describe, expect, it } from "vitest";
import { getOccupation, isOccupationCode, searchOccupations } from "../../shared/reference/occupations.ts";

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
