import { describe, expect, it } from "vitest";
import { type CandidateProfile, type MatchEntry, rankMatches } from "../../shared/domain/matching.ts";

const guetersloh = { lat: 51.9066, lon: 8.3784 };
const today = "2026-11-23";
const profile: CandidateProfile = {
  occupation: "81302",
  point: guetersloh,
  radiusKm: 50,
  germanLevel: "B1",
  languages: ["ar"],
};

const place = (id: string, over: Partial<MatchEntry> = {}): MatchEntry => ({
  kind: "place",
  id,
  occupations: ["81302"],
  point: { lat: 51.95, lon: 8.4 },
  online: false,
  languages: [],
  capacity: 2,
  acceptedCount: 0,
  availableFrom: "2026-11-01",
  item: { id },
  ...over,
});
const offer = (id: string, over: Partial<MatchEntry> = {}): MatchEntry => ({
  kind: "offer",
  id,
  occupations: ["81302"],
  point: { lat: 51.95, lon: 8.4 },
  online: false,
  languages: [],
  rolling: true,
  item: { id },
  ...over,
});
const ids = (entries: MatchEntry[], p = profile) => rankMatches(p, entries, today).map((m) => m.item.id);
const codes = (entry: MatchEntry, p = profile) =>
  rankMatches(p, [entry], today)[0]?.reasons.map((r) => r.code);

describe("rankMatches", () => {
  it("ranks exact over same subgroup over same group, and drops other groups", () => {
    const entries = [
      place("group", { occupations: ["81322"] }),
      place("exact"),
      place("subgroup", { occupations: ["81301"] }),
      place("other", { occupations: ["26212"] }),
    ];
    expect(ids(entries)).toEqual(["exact", "subgroup", "group"]);
    expect(codes(place("x", { occupations: ["81301"] }))).toContain("occupation.sameSubgroup");
  });

  it("keeps only items inside the radius, nearer first; online offers match everywhere", () => {
    const entries = [
      place("far", { point: { lat: 51.3397, lon: 12.3731 } }),
      place("near", { point: { lat: 51.91, lon: 8.38 } }),
      place("mid", { point: { lat: 52.03, lon: 8.53 } }),
      offer("online", { online: true, point: undefined }),
    ];
    const matches = rankMatches(profile, entries, today);
    expect(matches.map((m) => m.item.id)).toEqual(["near", "mid", "online"]);
    expect(matches[2]?.distanceKm).toBeNull();
    expect(matches[2]?.reasons.map((r) => r.code)).toContain("format.online");
    expect(matches[1]?.distanceKm).toBeGreaterThan(10);
  });

  it("drops full places and windows that closed; flags later starts", () => {
    expect(ids([place("full", { acceptedCount: 2 })])).toEqual([]);
    expect(ids([place("gone", { availableUntil: "2026-11-01" })])).toEqual([]);
    expect(
      ids([place("later", { availableFrom: "2027-01-01" })], { ...profile, availableFrom: "2027-02-01" }),
    ).toEqual(["later"]);
    expect(
      ids([place("gone", { availableUntil: "2027-01-31" })], { ...profile, availableFrom: "2027-02-01" }),
    ).toEqual([]);
    expect(codes(place("later", { availableFrom: "2027-03-01" }))).toContain("availability.later");
  });

  it("drops offers that ended or started without rolling entry", () => {
    expect(ids([offer("ended", { rolling: false, end: "2026-10-01" })])).toEqual([]);
    expect(ids([offer("started", { rolling: false, start: "2026-10-01" })])).toEqual([]);
    expect(ids([offer("upcoming", { rolling: false, start: "2027-01-10" })])).toEqual(["upcoming"]);
  });

  it("shows a requirement one German level above the candidate, flagged and ranked lower", () => {
    const entries = [
      place("b2", { germanLevel: "B2" }),
      place("b1", { germanLevel: "B1" }),
      place("c1", { germanLevel: "C1" }),
    ];
    expect(ids(entries)).toEqual(["b1", "b2"]);
    expect(codes(place("b2", { germanLevel: "B2" }))).toContain("german.belowRequired");
    expect(codes(place("b1", { germanLevel: "B1" }))).toContain("german.sufficient");
  });

  it("raises the score for a shared language and says which", () => {
    const [shared, none] = rankMatches(
      profile,
      [place("none"), place("shared", { languages: ["ar", "en"] })],
      today,
    );
    expect(shared?.item.id).toBe("shared");
    expect(shared?.score).toBeGreaterThan(none?.score ?? 1);
    expect(shared?.reasons).toContainEqual({ code: "language.shared", text: "Gemeinsame Sprache: Arabisch" });
  });

  it("orders deterministically by score, distance, then id; scores stay in 0..1", () => {
    const entries = [place("b"), place("a"), place("c", { point: { lat: 51.9066, lon: 8.3784 } })];
    const matches = rankMatches(profile, entries, today);
    expect(matches.map((m) => m.item.id)).toEqual(["c", "a", "b"]);
    for (const m of matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.reasons.every((r) => r.text.length > 0)).toBe(true);
    }
  });
});
