import { describe, expect, it } from "vitest";
import { north, offer, place, rank } from "./matching-fixtures.ts";

// Ids are chosen so that their alphabetical order contradicts the expected ranking: an order that
// holds only through the id tie-break fails these tests.
describe("rankMatches: radius and distance", () => {
  it("scores proximity linearly inside the radius; exactly at the radius is still inside", () => {
    const entries = [
      place("a-edge", { point: north(50) }),
      place("b-mid", { point: north(25) }),
      place("c-here"),
    ];
    // occupation 0.5 + distance 0.3 × (1 − d/R) + language 0 + German 0.1 (no requirement)
    expect(rank(entries)).toEqual([
      ["c-here", 0.9, 0],
      ["b-mid", 0.75, 25],
      ["a-edge", 0.6, 50],
    ]);
  });

  it("drops items beyond the radius, also between R and 2R and just past R", () => {
    const entries = [
      place("a-just-past", { point: north(50.1) }),
      place("b-one-and-a-half", { point: north(75) }),
      place("c-leipzig", { point: { lat: 51.3397, lon: 12.3731 } }),
      place("d-inside", { point: north(49.9) }),
    ];
    expect(rank(entries)).toEqual([["d-inside", 0.601, 49.9]]);
    expect(rank(entries, { radiusKm: 100 }).map(([id]) => id)).toEqual([
      "d-inside",
      "a-just-past",
      "b-one-and-a-half",
    ]);
  });

  it("drops an item without a location unless it is online; online ranks like 40 % of the radius", () => {
    expect(rank([place("nowhere", { point: undefined })])).toEqual([]);
    const online = offer("a-online", { online: true, point: undefined });
    const at20 = offer("b-at-20-km", { point: north(20) });
    // Equal scores (0.5 + 0.3 × 0.6 + 0.1): the item with a known distance comes first.
    expect(rank([online, at20])).toEqual([
      ["b-at-20-km", 0.78, 20],
      ["a-online", 0.78, null],
    ]);
    // An online offer with an address shows the distance but is not limited by the radius.
    expect(rank([offer("far-online", { online: true, point: north(300) })])).toEqual([
      ["far-online", 0.78, 300],
    ]);
  });

  it("rounds the distance to 0.1 km and the score to three digits", () => {
    expect(rank([place("p", { point: north(10.04) })], { radiusKm: 70 })).toEqual([["p", 0.857, 10]]);
    expect(rank([place("p", { point: north(12.46) })], { radiusKm: 80 })).toEqual([["p", 0.853, 12.5]]);
  });
});

describe("rankMatches: score factors", () => {
  it("weights the occupation: exact 1, same subgroup 0.7, same group 0.4, other groups dropped", () => {
    // Same or higher Anforderungsniveau (81303, 81322): the level rule is pinned in matching-trust.
    const entries = [
      place("a-group", { occupations: ["81322"] }),
      place("b-other", { occupations: ["26212"] }),
      place("c-subgroup", { occupations: ["81303"] }),
      place("d-exact", { occupations: ["26212", "81302"] }),
    ];
    expect(rank(entries)).toEqual([
      ["d-exact", 0.9, 0],
      ["c-subgroup", 0.75, 0],
      ["a-group", 0.6, 0],
    ]);
  });

  it("penalises a German requirement one level above the candidate and drops two levels", () => {
    const entries = [
      place("a-b2", { germanLevel: "B2" }),
      place("b-c1", { germanLevel: "C1" }),
      place("c-b1", { germanLevel: "B1" }),
      place("d-a2", { germanLevel: "A2" }),
    ];
    expect(rank(entries)).toEqual([
      ["c-b1", 0.9, 0],
      ["d-a2", 0.9, 0],
      ["a-b2", 0.8, 0],
    ]);
  });

  it("counts half the German factor when the candidate's level is unknown", () => {
    const entries = [place("a-required", { germanLevel: "C2" }), place("b-free")];
    expect(rank(entries, { germanLevel: undefined })).toEqual([
      ["b-free", 0.9, 0],
      ["a-required", 0.85, 0],
    ]);
  });

  it("adds 0.1 for a shared language, once however many are shared", () => {
    const entries = [
      place("a-none", { languages: ["tr"] }),
      place("b-two", { languages: ["en", "ar"] }),
      place("c-one", { languages: ["ar"] }),
    ];
    expect(rank(entries, { languages: ["ar", "en"] })).toEqual([
      ["b-two", 1, 0],
      ["c-one", 1, 0],
      ["a-none", 0.9, 0],
    ]);
    expect(rank([place("p", { languages: ["ar"] })], { languages: [] })).toEqual([["p", 0.9, 0]]);
  });

  it("breaks score ties by distance, then by id", () => {
    const shared = place("a-far-shared", { point: north(10), languages: ["ar"] });
    // 0.5 + 0.3 × (1 − 10/30) + 0.1 + 0.1 = 0.9 = 0.5 + 0.3 + 0 + 0.1
    expect(rank([shared, place("z-near")], { radiusKm: 30 })).toEqual([
      ["z-near", 0.9, 0],
      ["a-far-shared", 0.9, 10],
    ]);
    expect(rank([place("b"), place("c"), place("a")]).map(([id]) => id)).toEqual(["a", "b", "c"]);
  });
});
