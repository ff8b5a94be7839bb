import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BODIES_CSV, buildBodies } from "../../scripts/reference-data/bodies.ts";
import {
  buildOccupations,
  KLDB_ATTRIBUTION,
  KLDB_CSV,
  namedOccupationIds,
} from "../../scripts/reference-data/kldb.ts";
import { buildRegulated } from "../../scripts/reference-data/regulated.ts";
import { buildPostalCodes, GEONAMES_ATTRIBUTION, POSTAL_CSV } from "../../scripts/reference-data/postal.ts";
import type {
  CompetentBodiesFile,
  OccupationsFile,
  PostalCodesFile,
  RegulatedProfessionsFile,
} from "../../shared/reference/data-files.ts";

const dataFile = <T>(name: string): T =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), "utf8")) as T;
const occupations = dataFile<OccupationsFile>("occupations.json");
const postal = dataFile<PostalCodesFile>("postal-codes.json");

describe("committed data/occupations.json", () => {
  it("holds all 1,301 Berufsgattungen with 18,838 named occupations, 5-digit keys in order", () => {
    expect(occupations.occupations).toHaveLength(1301);
    expect(occupations.occupations.reduce((sum, row) => sum + row[3].length, 0)).toBe(18838);
    const codes = occupations.occupations.map(([code]) => code);
    expect(codes.every((code) => /^\d{5}$/.test(code))).toBe(true);
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(codes[0]).toBe("01104");
  });

  it("has 3- and 4-digit titles for every code, and no HTML entities left", () => {
    const groups = new Map(occupations.groups);
    const subgroups = new Map(occupations.subgroups);
    const untitled = occupations.occupations
      .map(([code]) => code)
      .filter((code) => !groups.get(code.slice(0, 3)) || !subgroups.get(code.slice(0, 4)));
    expect(untitled).toEqual([]);
    expect(JSON.stringify(occupations)).not.toMatch(/&[a-z]+;|\u00a0/);
    expect(occupations.attribution).toContain("Statistik der Bundesagentur für Arbeit");
  });
});

describe("committed data/postal-codes.json", () => {
  it("holds 10,814 distinct postal codes in order, inside Germany's bounding box", () => {
    const codes = postal.postalCodes.map(([code]) => code);
    expect(codes).toHaveLength(10814);
    expect(codes).toEqual([...new Set(codes)].sort());
    const odd = postal.postalCodes.filter(
      ([, place, lat, lon]) => place === "" || lat < 47.2 || lat > 55.1 || lon < 5.8 || lon > 15.1,
    );
    expect(odd).toEqual([]);
  });

  it("references existing districts, each in one of the 16 Bundesländer", () => {
    expect(postal.states).toHaveLength(16);
    const states = new Map(postal.states);
    const odd = postal.districts.filter(
      ([code, name]) => !/^\d{5}$/.test(code) || !name || !states.has(code.slice(0, 2)),
    );
    expect(odd).toEqual([]);
    const withoutDistrict = postal.postalCodes
      .filter(([, , , , index]) => index === null)
      .map(([code]) => code);
    expect(withoutDistrict).toEqual(["87491"]);
    expect(
      postal.postalCodes.filter(([, , , , index]) => index !== null && !postal.districts[index]),
    ).toEqual([]);
    expect(postal.attribution).toContain("GeoNames");
  });
});

// The raw data lives next to the repository (../shared/data); where it is present, the committed
// files must be exactly what the script derives from it.
const sourceDir = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
describe.runIf(existsSync(`${sourceDir}${KLDB_CSV}`) && existsSync(`${sourceDir}${POSTAL_CSV}`))(
  "committed files are up to date with the raw data",
  () => {
    it("rebuilds to the same content", () => {
      expect(buildOccupations(readFileSync(`${sourceDir}${KLDB_CSV}`, "utf8"), KLDB_ATTRIBUTION)).toEqual(
        occupations,
      );
      const rebuilt = buildPostalCodes(
        readFileSync(`${sourceDir}${POSTAL_CSV}`, "utf8"),
        GEONAMES_ATTRIBUTION,
      );
      expect(rebuilt.data).toEqual(postal);
    });

    it("rebuilds the regulated professions (KldB ids checked) and the competent bodies (issue 27)", () => {
      const kldb = readFileSync(`${sourceDir}${KLDB_CSV}`, "utf8");
      const regulated = buildRegulated(occupations, namedOccupationIds(kldb));
      expect(regulated).toEqual(dataFile<RegulatedProfessionsFile>("regulated-professions.json"));
      const bodies = buildBodies(readFileSync(`${sourceDir}${BODIES_CSV}`, "utf8"), regulated);
      expect(bodies).toEqual(dataFile<CompetentBodiesFile>("competent-bodies.json"));
      expect(namedOccupationIds(kldb).get("81342-113")).toBe("Notfallsanitäter/in");
    });
  },
);
