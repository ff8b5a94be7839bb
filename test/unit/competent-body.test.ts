import { describe, expect, it } from "vitest";
import { answerFor, type CompetentBodyRow } from "../../shared/domain/competent-body.ts";
import type { RegulatedProfession } from "../../shared/domain/regulation.ts";

const row = (over: Partial<CompetentBodyRow>): CompetentBodyRow => ({
  profession: "Pflegefachfrau/Pflegefachmann",
  codes: ["81302", "82102"],
  state: "05",
  regulated: "yes",
  legalBasis: "PflBG",
  body: "ZAG-PuG",
  procedure: "EU: EP or AL. Third country: KP or AL (choice).",
  measures: {
    eu: ["aptitude-test", "adaptation-period"],
    thirdCountry: ["knowledge-exam", "adaptation-period"],
  },
  choice: { eu: "unknown", thirdCountry: true },
  germanLevel: { level: "B2", text: "B2 (Kreis Kleve)" },
  sources: ["https://a.example.org", "https://b.example.org"],
  uncertain: true,
  caveats: ["CAVEAT: old page."],
  ...over,
});
const ROWS = [
  row({}),
  row({ state: "14", body: "KSV", choice: { eu: true, thirdCountry: true }, uncertain: false, caveats: [] }),
  row({
    profession: "IHK",
    codes: [],
    regulated: "no",
    body: "IHK FOSA",
    measures: { eu: [], thirdCountry: [] },
  }),
];
const partly: RegulatedProfession = {
  id: "pflegefachperson",
  name: "Pflegefachfrau/Pflegefachmann",
  law: "Bund",
  protection: "licence",
  only: ["Altenpfleger/in"],
};
const professionOf = (code: string) => (code === "82102" ? partly : undefined);

describe("answerFor (competent bodies)", () => {
  it("answers the row of the code in the Land, with the measures and choice of the applicant's origin", () => {
    expect(
      answerFor(ROWS, { occupation: "81302", state: "05", trainedIn: "third-country" }, professionOf),
    ).toEqual({
      found: true,
      profession: "Pflegefachfrau/Pflegefachmann",
      regulated: "yes",
      body: "ZAG-PuG",
      legalBasis: "PflBG",
      procedure: "EU: EP or AL. Third country: KP or AL (choice).",
      measures: ["knowledge-exam", "adaptation-period"],
      choice: true,
      germanLevel: "B2",
      germanLevelText: "B2 (Kreis Kleve)",
      uncertain: true,
      caveats: ["CAVEAT: old page."],
      sourceUrl: "https://a.example.org",
      sources: ["https://a.example.org", "https://b.example.org"],
    });
    const eu = answerFor(ROWS, { occupation: "81302", state: "05", trainedIn: "eu" }, professionOf);
    expect([eu.measures, eu.choice]).toEqual([["aptitude-test", "adaptation-period"], "unknown"]);
    const saxony = answerFor(ROWS, { occupation: "81302-129", state: "14", trainedIn: "eu" }, professionOf);
    expect([saxony.body, saxony.choice, saxony.uncertain]).toEqual(["KSV", true, false]);
  });

  it("names the occupations meant when the Berufsgattung is only partly the profession", () => {
    expect(
      answerFor(ROWS, { occupation: "82102", state: "05", trainedIn: "eu" }, professionOf).appliesTo,
    ).toEqual(["Altenpfleger/in"]);
    expect(
      answerFor(ROWS, { occupation: "81302", state: "05", trainedIn: "eu" }, professionOf),
    ).not.toHaveProperty("appliesTo");
  });

  it("says unknown, never another Land's or a similar code's answer, and lists the general bodies", () => {
    const none = answerFor(ROWS, { occupation: "81303", state: "05", trainedIn: "eu" }, professionOf);
    expect(none).toEqual({
      found: false,
      regulated: "unknown",
      body: "unknown",
      legalBasis: "unknown",
      measures: "unknown",
      choice: "unknown",
      germanLevel: "unknown",
      uncertain: false,
      caveats: [],
      sources: [],
      generalBodies: [{ profession: "IHK", body: "IHK FOSA", sourceUrl: "https://a.example.org" }],
    });
    const bavaria = answerFor(ROWS, { occupation: "81302", state: "09", trainedIn: "eu" }, professionOf);
    expect(bavaria.found).toBe(false);
    expect(bavaria).not.toHaveProperty("generalBodies");
    // A row without sources answers no sourceUrl rather than an empty one.
    const bare = answerFor(
      [row({ sources: [] })],
      { occupation: "81302", state: "05", trainedIn: "eu" },
      professionOf,
    );
    expect(bare).not.toHaveProperty("sourceUrl");
  });
});
