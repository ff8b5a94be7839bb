import { describe, expect, it } from "vitest";
import { buildRegulated, engineerCodes } from "../../scripts/reference-data/regulated.ts";
import {
  OCCUPATIONS_FILE,
  type OccupationsFile,
  readReferenceFile,
  REGULATED_PROFESSIONS_FILE,
  type RegulatedProfessionsFile,
} from "../../shared/reference/data-files.ts";
import { regulatedProfession } from "../../shared/reference/regulated-professions.ts";

const file = readReferenceFile<RegulatedProfessionsFile>(REGULATED_PROFESSIONS_FILE);
const occupations = readReferenceFile<OccupationsFile>(OCCUPATIONS_FILE);

describe("regulated professions (data/regulated-professions.json)", () => {
  it("holds at least the professions PRODUCT.md names, each with a law and a source", () => {
    expect(file.professions.map((p) => p.id).sort()).toEqual(
      [
        "apotheker",
        "architekt",
        "arzt",
        "ergotherapeut",
        "erzieher",
        "hebamme",
        "ingenieur",
        "lehrkraft",
        "logopaede",
        "mt",
        "notfallsanitaeter",
        "pflegefachperson",
        "physiotherapeut",
        "psychotherapeut",
        "rechtsanwalt",
        "sozialarbeiter",
        "steuerberater",
        "tierarzt",
        "zahnarzt",
      ].sort(),
    );
    for (const p of file.professions) {
      expect(p.source).toMatch(/^https:\/\//);
      expect(p.legalBasis.length).toBeGreaterThan(5);
      expect(p.codes.length + (p.partly?.length ?? 0)).toBeGreaterThan(0);
    }
  });

  it("uses only existing KldB codes, none in two professions", () => {
    const known = new Set(occupations.occupations.map(([code]) => code));
    const all = file.professions.flatMap((p) => p.codes);
    expect(all.filter((code) => !known.has(code))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("tells Bund from Land and keeps Ärztin and Zahnmedizin apart", () => {
    expect(regulatedProfession("81404")).toEqual({
      id: "arzt",
      name: "Ärztin/Arzt",
      law: "Bund",
      protection: "licence",
    });
    expect(regulatedProfession("81474")?.id).toBe("zahnarzt");
    expect(regulatedProfession("83113")).toEqual({
      id: "erzieher",
      name: "Erzieher/in",
      law: "Land",
      protection: "licence",
    });
    expect(regulatedProfession("81302")?.law).toBe("Bund");
    expect(regulatedProfession("25104")?.id).toBe("ingenieur");
    expect(regulatedProfession("25102")).toBeUndefined();
    expect(regulatedProfession("26302")).toBeUndefined();
  });

  it("protects only the title of Ingenieur/in and Architekt/in (issue 27)", () => {
    expect(regulatedProfession("25104")?.protection).toBe("title");
    expect(regulatedProfession("31114")).toEqual({
      id: "architekt",
      name: "Architekt/in",
      law: "Land",
      protection: "title",
    });
    const titleOnly = file.professions.filter((p) => p.protection === "title").map((p) => p.id);
    expect(titleOnly.sort()).toEqual(["architekt", "ingenieur"]);
  });

  it("regulates only the named occupations of 81342 and 82102, not the whole Berufsgattung (issue 27)", () => {
    expect(regulatedProfession("81342")).toEqual({
      id: "notfallsanitaeter",
      name: "Notfallsanitäter/in",
      law: "Bund",
      protection: "licence",
      only: ["Notfallsanitäter/in"],
    });
    expect(regulatedProfession("82102")?.only).toEqual([
      "Altenpfleger/in",
      "Pflegefachmann/-frau (Altenpflege)",
    ]);
    expect(regulatedProfession("82102")?.id).toBe("pflegefachperson");
    const partly = file.professions.flatMap((p) => p.partly ?? []);
    expect(partly).toEqual([
      {
        code: "82102",
        named: [
          ["82102-101", "Altenpfleger/in"],
          ["82102-108", "Pflegefachmann/-frau (Altenpflege)"],
        ],
      },
      { code: "81342", named: [["81342-113", "Notfallsanitäter/in"]] },
    ]);
    // The whole of 81302 (Gesundheits- und Krankenpflege) stays regulated.
    expect(regulatedProfession("81302")?.only).toBeUndefined();
  });

  it("derives engineers from Experte codes with Ingenieur titles, minus other professions", () => {
    expect(buildRegulated(occupations)).toEqual(file); // the committed file is the script's output
    const codes = engineerCodes(occupations, new Set(["31114"]));
    expect(codes.every((code) => code.endsWith("4"))).toBe(true);
    expect(codes).not.toContain("31114");
  });
});
