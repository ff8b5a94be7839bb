import { describe, expect, it } from "vitest";
import { availabilityReason } from "../../shared/domain/match-availability.ts";
import { offer, place, today } from "./matching-fixtures.ts";

describe("availabilityReason of a place", () => {
  it("says now or from when, with 'few' seats in words and never a count", () => {
    expect(availabilityReason(place("p", { capacity: 10, acceptedCount: 0 }), today)).toEqual({
      code: "availability.now",
      text: "Jetzt frei",
    });
    expect(availabilityReason(place("p", { capacity: 2, acceptedCount: 1 }), today)).toEqual({
      code: "availability.now",
      text: "Jetzt frei, nur noch wenige Plätze",
    });
    expect(availabilityReason(place("p", { capacity: 10, availableFrom: "2027-01-04" }), today)).toEqual({
      code: "availability.later",
      text: "Frei ab 04.01.2027",
    });
    expect(availabilityReason(place("p", { capacity: 3, availableFrom: "2027-01-04" }), today)).toEqual({
      code: "availability.later",
      text: "Frei ab 04.01.2027, nur noch wenige Plätze",
    });
  });

  it("is available on its first and last day, not when full or over before the date", () => {
    expect(availabilityReason(place("p", { availableFrom: today }), today)?.code).toBe("availability.now");
    expect(availabilityReason(place("p", { availableUntil: today }), today)?.code).toBe("availability.now");
    expect(availabilityReason(place("p", { availableUntil: "2026-11-22" }), today)).toBeUndefined();
    expect(availabilityReason(place("p", { capacity: 2, acceptedCount: 2 }), today)).toBeUndefined();
    expect(
      availabilityReason(place("p", { capacity: undefined, acceptedCount: undefined }), today),
    ).toBeUndefined();
  });
});

describe("availabilityReason of an offer", () => {
  it("says rolling entry, or the start date; nothing when the course names no date", () => {
    expect(availabilityReason(offer("o"), today)).toEqual({
      code: "availability.rolling",
      text: "Laufender Einstieg möglich",
    });
    expect(availabilityReason(offer("o", { rolling: false, start: "2027-02-01" }), today)).toEqual({
      code: "availability.start",
      text: "Beginn am 01.02.2027",
    });
    expect(availabilityReason(offer("o", { rolling: false, start: today }), today)?.code).toBe(
      "availability.start",
    );
    expect(availabilityReason(offer("o", { rolling: false }), today)).toBeNull();
  });

  it("is gone once it has ended, or started without rolling entry", () => {
    expect(availabilityReason(offer("o", { end: "2026-11-22" }), today)).toBeUndefined();
    expect(availabilityReason(offer("o", { end: today }), today)?.code).toBe("availability.rolling");
    expect(availabilityReason(offer("o", { rolling: false, start: "2026-11-22" }), today)).toBeUndefined();
    expect(availabilityReason(offer("o", { start: "2026-11-01" }), today)?.code).toBe("availability.rolling");
  });
});
