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
      expect(p.codes.length).toBeGreaterThan(0);
    }
  });

  it("uses only existing KldB codes, none in two professions", () => {
    const known = new Set(occupations.occupations.map(([code]) => code));
    const all = file.professions.flatMap((p) => p.codes);
    expect(all.filter((code) => !known.has(code))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("tells Bund from Land and keeps Ärztin and Zahnmedizin apart", () => {
    expect(regulatedProfession("81404")).toEqual({ id: "arzt", name: "Ärztin/Arzt", law: "Bund" });
    expect(regulatedProfession("81474")?.id).toBe("zahnarzt");
    expect(regulatedProfession("83113")).toEqual({ id: "erzieher", name: "Erzieher/in", law: "Land" });
    expect(regulatedProfession("81302")?.law).toBe("Bund");
    expect(regulatedProfession("25104")?.id).toBe("ingenieur");
    expect(regulatedProfession("25102")).toBeUndefined();
    expect(regulatedProfession("26302")).toBeUndefined();
  });

  it("derives engineers from Experte codes with Ingenieur titles, minus other professions", () => {
    expect(buildRegulated(occupations)).toEqual(file); // the committed file is the script's output
    const codes = engineerCodes(occupations, new Set(["31114"]));
    expect(codes.every((code) => code.endsWith("4"))).toBe(true);
    expect(codes).not.toContain("31114");
  });
});
