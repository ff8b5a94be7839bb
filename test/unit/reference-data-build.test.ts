import { describe, expect, it } from "vitest";
import {
  buildOccupations,
  decodeEntities,
  parseNamedOccupations,
} from "../../scripts/reference-data/kldb.ts";
import { isOrganisationName } from "../../scripts/reference-data/organisation-names.ts";
import { buildPostalCodes } from "../../scripts/reference-data/postal.ts";

describe("build steps", () => {
  it("decodes HTML entities and fails on unknown ones", () => {
    expect(decodeEntities("z.&nbsp;B. &amp; &#252;")).toBe("z. B. & ü");
    expect(() => decodeEntities("&bogus;")).toThrow(/bogus/);
  });

  it("splits named occupations on two spaces and checks their code", () => {
    const text =
      "Zugeordnete Berufe (Beispiele):  26212-102 Bauelektriker/in  26212-110 Elektroniker/in - Energie- und Gebäudetechnik";
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
    expect(file.occupations).toEqual([
      ["01104", "Offiziere", "Offiziere", ["Offizier - Truppendienst"], ["100"]],
    ]);
  });

  it("fails loudly when the counts are not the expected ones", () => {
    expect(() => buildOccupations(kldbCsv, "test")).toThrow(/expected 1301 Berufsgattungen, found 1/);
    expect(() => buildOccupations(kldbCsv, "test", { occupations: 1, named: 2 })).toThrow(
      /named occupations/,
    );
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
    for (const name of [
      "Commerzbank AG",
      "Finanzamt Dresden - Nord",
      "Stadt Lüneburg",
      "DaimlerChrysler Corporate Audit",
      "IG Metall Vorstand",
      "Bezirksstelle für Naturschutz",
    ]) {
      expect(isOrganisationName(name), name).toBe(true);
    }
    for (const name of [
      "Gütersloh",
      "Frankfurt am Main",
      "Kassel",
      "Maikammer",
      "Neunkirchen",
      "Stadt Wehlen",
      "Wakendorf II",
      "Weiden i.d.OPf.",
      "Halle (Saale)",
      "Drübeck",
    ]) {
      expect(isOrganisationName(name), name).toBe(false);
    }
  });
});
