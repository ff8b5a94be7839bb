import { describe, expect, it } from "vitest";
import { north, offer, place, rank, reasons, today } from "./matching-fixtures.ts";

const exact = { code: "occupation.exact", text: "Gleiche Berufsgattung (KldB 81302)" };
const here = { code: "distance", text: "0 km entfernt" };
const seatsNow = { code: "availability.now", text: "Jetzt frei, nur noch wenige Plätze" };

describe("match reasons", () => {
  it("explains every factor in German, in a fixed order", () => {
    const entry = place("p", {
      point: north(12.46),
      placeName: "Gütersloh",
      germanLevel: "B1",
      languages: ["en", "ar", "xx"],
    });
    expect(reasons(entry, { languages: ["xx", "ar", "en"] })).toEqual([
      exact,
      { code: "distance", text: "12,5 km entfernt (Gütersloh)" },
      seatsNow,
      { code: "german.sufficient", text: "Deutschniveau B1 erfüllt die Anforderung B1" },
      { code: "language.shared", text: "Gemeinsame Sprache: xx, Arabisch, Englisch" },
    ]);
    expect(reasons(place("p"), { languages: ["ar"] })).toEqual([exact, here, seatsNow]);
  });

  it("names the KldB codes of a related occupation", () => {
    expect(reasons(place("p", { occupations: ["81301"] }))?.[0]).toEqual({
      code: "occupation.sameSubgroup",
      text: "Gleiche Berufsuntergruppe (KldB 8130), anderes Anforderungsniveau: Helfer statt Fachkraft",
    });
    expect(reasons(place("p", { occupations: ["81322"] }))?.[0]).toEqual({
      code: "occupation.related",
      text: "Verwandter Beruf in derselben Berufsgruppe (KldB 813)",
    });
  });

  it("says when the German level is one below or unknown; no German reason without a requirement", () => {
    expect(reasons(place("p", { germanLevel: "B2" }))?.[3]).toEqual({
      code: "german.belowRequired",
      text: "Gefordert ist Deutsch B2, vorhanden B1 – eine Stufe darunter",
    });
    expect(reasons(place("p", { germanLevel: "C1" }), { germanLevel: undefined })?.[3]).toEqual({
      code: "german.unknown",
      text: "Gefordert: Deutsch C1; Niveau des Kandidaten nicht angegeben",
    });
    expect(reasons(place("p"), { germanLevel: undefined })).toEqual([exact, here, seatsNow]);
  });

  it("marks online offers", () => {
    expect(reasons(offer("o", { online: true, point: undefined }))).toEqual([
      exact,
      { code: "format.online", text: "Online-Angebot – ortsunabhängig erreichbar" },
      { code: "availability.rolling", text: "Laufender Einstieg möglich" },
    ]);
  });
});

describe("availability of places", () => {
  it("says free or few seats, never a count of people, and drops full places", () => {
    expect(reasons(place("p", { acceptedCount: 1 }))?.[2]).toEqual(seatsNow);
    // Capacity 10: two seats taken look like none; eight taken leave "few".
    expect(reasons(place("p", { capacity: 10, acceptedCount: 2 }))?.[2]).toEqual({
      code: "availability.now",
      text: "Jetzt frei",
    });
    expect(reasons(place("p", { capacity: 10, acceptedCount: 8 }))?.[2]).toEqual(seatsNow);
    expect(reasons(place("p", { capacity: 10, availableFrom: "2027-03-01" }))?.[2]).toEqual({
      code: "availability.later",
      text: "Frei ab 01.03.2027",
    });
    expect(
      rank([place("full", { acceptedCount: 2 }), place("over", { capacity: 1, acceptedCount: 3 })]),
    ).toEqual([]);
    expect(rank([place("no-seats", { capacity: undefined, acceptedCount: undefined })])).toEqual([]);
  });

  it("keeps a window open through its last day, from today or the candidate's later start", () => {
    expect(rank([place("last-day", { availableUntil: today })])).toEqual([["last-day", 0.9, 0]]);
    expect(rank([place("closed", { availableUntil: "2026-11-22" })])).toEqual([]);
    // A start date in the past counts from today.
    expect(
      rank([place("closed", { availableUntil: "2026-11-22" })], { availableFrom: "2026-01-01" }),
    ).toEqual([]);
    const later = { availableFrom: "2027-02-01" };
    expect(rank([place("gone", { availableUntil: "2027-01-31" })], later)).toEqual([]);
    expect(rank([place("open", { availableUntil: "2027-02-01" })], later)).toEqual([["open", 0.9, 0]]);
  });

  it("flags places that open later than the candidate can start", () => {
    expect(reasons(place("p", { availableFrom: "2027-03-01" }))?.[2]).toEqual({
      code: "availability.later",
      text: "Frei ab 01.03.2027, nur noch wenige Plätze",
    });
    expect(reasons(place("p", { availableFrom: today }))?.[2]).toEqual(seatsNow);
    expect(
      reasons(place("p", { availableFrom: "2027-01-01" }), { availableFrom: "2027-01-01" })?.[2],
    ).toEqual(seatsNow);
    expect(reasons(place("p", { availableFrom: undefined }))?.[2]).toEqual(seatsNow);
  });
});

describe("availability of offers", () => {
  it("drops courses that ended, even with rolling entry; the last day still counts", () => {
    expect(rank([offer("ended", { end: "2026-11-22" })])).toEqual([]);
    expect(rank([offer("ended", { rolling: false, end: "2026-11-22" })])).toEqual([]);
    expect(rank([offer("last-day", { end: today })])).toEqual([["last-day", 0.9, 0]]);
  });

  it("without rolling entry, keeps only courses that start today or later", () => {
    expect(rank([offer("started", { rolling: false, start: "2026-11-22" })])).toEqual([]);
    expect(reasons(offer("today", { rolling: false, start: today }))?.[2]).toEqual({
      code: "availability.start",
      text: "Beginn am 23.11.2026",
    });
    const later = { availableFrom: "2027-01-15" };
    expect(rank([offer("too-early", { rolling: false, start: "2027-01-10" })], later)).toEqual([]);
    expect(rank([offer("rolling", { start: "2027-01-10" })], later)).toEqual([["rolling", 0.9, 0]]);
  });

  it("says nothing about availability when a course has no dates", () => {
    expect(reasons(offer("o", { rolling: false }))).toEqual([exact, here]);
  });
});
