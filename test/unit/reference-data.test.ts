import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  buildOccupations,
  decodeEntities,
  KLDB_ATTRIBUTION,
  KLDB_CSV,
  parseNamedOccupations,
} from "../../scripts/reference-data/kldb.ts";
import {
  buildPostalCodes,
  GEONAMES_ATTRIBUTION,
  isOrganisationName,
  POSTAL_CSV,
} from "../../scripts/reference-data/postal.ts";
import type { OccupationsFile, PostalCodesFile } from "../../shared/reference/data-files.ts";

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
    const odd = postal.districts.filter(([code, name]) => !/^\d{5}$/.test(code) || !name || !states.has(code.slice(0, 2)));
    expect(odd).toEqual([]);
    const withoutDistrict = postal.postalCodes.filter(([, , , , index]) => index === null).map(([code]) => code);
    expect(withoutDistrict).toEqual(["87491"]);
    expect(postal.postalCodes.filter(([, , , , index]) => index !== null && !postal.districts[index])).toEqual([]);
    expect(postal.attribution).toContain("GeoNames");
  });
});

describe("build steps", () => {
  it("decodes HTML entities and fails on unknown ones", () => {
    expect(decodeEntities("z.&nbsp;B. &amp; &#252;")).toBe("z. B. & ü");
    expect(() => decodeEntities("&bogus;")).toThrow(/bogus/);
  });

  it("splits named occupations on two spaces and checks their code", () => {
    const text = "Zugeordnete Berufe (Beispiele):  26212-102 Bauelektriker/in  26212-110 Elektroniker/in - Energie- und Gebäudetechnik";
    expect(parseNamedOccupations("26212", text)).toEqual([
      "Bauelektriker/in",
      "Elektroniker/in - Energie- und Gebäudetechnik",
    ]);
    expect(parseNamedOccupations("81122", "")).toEqual([]);
    expect(() => parseNamedOccupations("26213", text)).toThrow(/another code/);
  });

  const kldbCsv = [
    "\ufeffSchlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;Umfasst ferner;Ausschlüsse;",
    "11;3;Offiziere;Offiziere;;;;;",
    "110;4;Offiziere;Offiziere;;;;;",
    '1104;5;Offiziere;Offiziere;;;"Zugeordnete Berufe (Beispiele):  01104-100 Offizier&nbsp;- Truppendienst";;',
  ].join("\n");

  it("pads lost leading zeros to the level's length", () => {
    const file = buildOccupations(kldbCsv, "test", { occupations: 1, named: 1 });
    expect(file.groups).toEqual([["011", "Offiziere"]]);
    expect(file.subgroups).toEqual([["0110", "Offiziere"]]);
    expect(file.occupations).toEqual([["01104", "Offiziere", "Offiziere", ["Offizier - Truppendienst"]]]);
  });

  it("fails loudly when the counts are not the expected ones", () => {
    expect(() => buildOccupations(kldbCsv, "test")).toThrow(/expected 1301 Berufsgattungen, found 1/);
    expect(() => buildOccupations(kldbCsv, "test", { occupations: 1, named: 2 })).toThrow(/named occupations/);
  });

  it("aggregates postal codes: centroid, ordinary place over companies, majority district", () => {
    const csv = [
      "country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude",
      "DE,33330,Gütersloh,Nordrhein-Westfalen,NW,Reg.-Bez. Detmold,057,Gütersloh,05754,51.9,8.3",
      "DE,33330,Bertelsmann SE & Co. KGaA,NRW,07,,,Kreis Gütersloh,05754,51.8,8.5",
      "DE,33330,Gütersloh,Nordrhein-Westfalen,NW,,,Kreis Gütersloh,05754,51.91,8.4",
      "DE,33311,Finanzamt Gütersloh,NRW,07,,,Kreis Gütersloh,05754,51.9,8.38",
      "DE,87491,Jungholz,,,,,,,47.5741,10.4472",
    ].join("\n");
    const { data, stats } = buildPostalCodes(csv, "test", 3);
    expect(data.districts).toEqual([["05754", "Kreis Gütersloh"]]);
    expect(data.postalCodes).toEqual([
      ["33311", "Gütersloh", 51.9, 8.38, 0],
      ["33330", "Gütersloh", 51.87, 8.4, 0],
      ["87491", "Jungholz", 47.5741, 10.4472, null],
    ]);
    expect(stats).toMatchObject({ organisationOnly: 1, withoutDistrict: ["87491"] });
    expect(() => buildPostalCodes(csv, "test")).toThrow(/expected 10814 postal codes, found 3/);
  });

  it("tells organisations from places", () => {
    for (const name of ["Commerzbank AG", "Finanzamt Dresden - Nord", "Stadt Lüneburg", "DaimlerChrysler Corporate Audit", "IG Metall Vorstand", "Bezirksstelle für Naturschutz"]) {
      expect(isOrganisationName(name), name).toBe(true);
    }
    for (const name of ["Gütersloh", "Frankfurt am Main", "Kassel", "Maikammer", "Neunkirchen", "Stadt Wehlen", "Wakendorf II", "Weiden i.d.OPf.", "Halle (Saale)", "Drübeck"]) {
      expect(isOrganisationName(name), name).toBe(false);
    }
  });
});

// The raw data lives next to the repository (../shared/data); where it is present, the committed
// files must be exactly what the script derives from it.
const sourceDir = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
describe.runIf(existsSync(`${sourceDir}${KLDB_CSV}`) && existsSync(`${sourceDir}${POSTAL_CSV}`))(
  "committed files are up to date with the raw data",
  () => {
    it("rebuilds to the same content", () => {
      expect(buildOccupations(readFileSync(`${sourceDir}${KLDB_CSV}`, "utf8"), KLDB_ATTRIBUTION)).toEqual(occupations);
      const rebuilt = buildPostalCodes(readFileSync(`${sourceDir}${POSTAL_CSV}`, "utf8"), GEONAMES_ATTRIBUTION);
      expect(rebuilt.data).toEqual(postal);
    });
  },
);
