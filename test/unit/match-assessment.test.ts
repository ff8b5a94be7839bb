import { describe, expect, it } from "vitest";
import { assess, BEYOND_KM, TIER } from "../../shared/domain/match-assessment.ts";
import type { CandidateProfile, MatchEntry } from "../../shared/domain/match-model.ts";
import { notRegulated } from "../../shared/domain/regulation.ts";
import { north, offer, place, professionOf, profile, today } from "./matching-fixtures.ts";

/** The candidate (Pflegefachkraft 81302 in Gütersloh, 50 km, B1, Arabic) against one item. */
const of = (entry: MatchEntry, p: Partial<CandidateProfile> = {}, regulated = notRegulated) =>
  assess({ ...profile, ...p }, entry, today, regulated);
const codes = (entry: MatchEntry, p: Partial<CandidateProfile> = {}) =>
  of(entry, p)?.match.reasons.map((r) => r.code);

describe("assess: the score", () => {
  it("weighs occupation 0.5, distance 0.3, a shared language 0.1 and German 0.1", () => {
    // Exact occupation, 0 km, Arabic shared, no German requirement: every part whole.
    expect(of(place("a", { languages: ["ar"] }))?.match).toMatchObject({ score: 1, distanceKm: 0 });
    // Half the radius away: the distance counts half.
    expect(of(place("b", { point: north(25) }))?.match).toMatchObject({ score: 0.75, distanceKm: 25 });
    // Online: like a course at 40 % of the radius.
    expect(of(offer("c", { online: true, point: undefined }))?.match).toMatchObject({
      score: 0.78,
      distanceKm: null,
    });
  });

  it("grades the occupation: same subgroup 0.7, same group 0.4", () => {
    expect(of(place("s", { occupations: ["81303"] }))?.match.score).toBe(0.75);
    expect(of(place("g", { occupations: ["81312"] }))?.match.score).toBe(0.6);
    expect(of(place("x", { occupations: ["26212"] }))).toBeUndefined();
  });
});

describe("assess: the reasons and tiers", () => {
  it("words each occupation grade, a level below the candidate's, and the place's name with the distance", () => {
    expect(of(place("b", { point: north(25), placeName: "Bielefeld" }))?.match.reasons.slice(0, 2)).toEqual([
      { code: "occupation.exact", text: "Gleiche Berufsgattung (KldB 81302)" },
      { code: "distance", text: "25 km entfernt (Bielefeld)" },
    ]);
    const helper = of(place("h", { occupations: ["81301"] }));
    expect(helper?.tier).toBe(TIER.belowLevel);
    expect(helper?.match.reasons.slice(0, 2)).toEqual([
      {
        code: "occupation.sameSubgroup",
        text: "Gleiche Berufsuntergruppe (KldB 8130), anderes Anforderungsniveau: Helfer statt Fachkraft",
      },
      { code: "occupation.belowLevel", text: "Unter dem Niveau des Referenzberufs: Helfer statt Fachkraft" },
    ]);
    // Above the candidate's level is no demotion.
    expect(of(place("sp", { occupations: ["81303"] }))?.tier).toBe(TIER.fit);
    expect(of(place("r", { occupations: ["81312"] }))?.match.reasons[0]).toEqual({
      code: "occupation.related",
      text: "Verwandter Beruf in derselben Berufsgruppe (KldB 813)",
    });
  });

  it("marks an item beyond the radius (up to 300 km) and drops one farther or without a place", () => {
    expect(of(place("c", { point: north(75) }))).toMatchObject({
      beyondRadius: true,
      match: { score: 0.6, distanceKm: 75 },
    });
    expect(of(place("c", { point: north(75) }))?.match.reasons[1]).toEqual({
      code: "distance.beyondRadius",
      text: "75 km entfernt – außerhalb des Umkreises von 50 km",
    });
    expect(of(place("edge", { point: north(50) }))?.beyondRadius).toBe(false);
    expect(of(place("far", { point: north(BEYOND_KM) }))?.beyondRadius).toBe(true);
    expect(of(place("too-far", { point: north(BEYOND_KM + 1) }))).toBeUndefined();
    expect(of(place("nowhere", { point: undefined }))).toBeUndefined();
  });

  it("says when an offer leads to recognition only in another Land", () => {
    const sachsen = offer("j", { validIn: ["14"] });
    expect(of(sachsen, { state: "05" })).toMatchObject({ otherState: true });
    expect(of(sachsen, { state: "05" })?.match.reasons[2]).toEqual({
      code: "region.otherState",
      text: "Führt nur in Sachsen zur Anerkennung, nicht in Nordrhein-Westfalen",
    });
    expect(of(sachsen, { state: "14" })?.otherState).toBe(false);
    expect(of(sachsen)?.otherState).toBe(false);
  });

  it("ranks an adaptation offer for someone fully recognised last, and names a regulated profession", () => {
    const course = offer("k", { offerKind: "adaptation-course" });
    expect(of(course, { recognitionStatus: "full" })?.tier).toBe(TIER.recognised);
    expect(codes(course, { recognitionStatus: "full" })).toContain("recognition.full");
    const doctor = of(place("m", { occupations: ["81404"] }), { occupation: "81404" }, professionOf);
    expect(doctor?.match.reasons[1]).toEqual({
      code: "occupation.regulated",
      text: "Reglementierter Beruf (Bundesrecht) – Anerkennung erforderlich",
    });
  });

  it("drops what is not available or asks two German levels more; names the languages shared", () => {
    expect(of(place("full", { capacity: 1, acceptedCount: 1 }))).toBeUndefined();
    expect(of(place("c1", { germanLevel: "C1" }))).toBeUndefined();
    expect(
      of(place("l", { languages: ["ar", "uk"] }), { languages: ["uk", "ar"] })?.match.reasons.at(-1),
    ).toEqual({
      code: "language.shared",
      text: "Gemeinsame Sprache: Ukrainisch, Arabisch",
    });
  });
});
