import { describe, expect, it } from "vitest";
import type { Listing } from "../../shared/domain/listing.ts";
import { stockDelta } from "../../shared/domain/statistics.ts";
import { suppressColumn } from "../../shared/domain/statistics-report.ts";

describe("suppressColumn", () => {
  it("shows counts from 1 to 4 as <5, zero and 5+ as they are", () => {
    expect(suppressColumn([0, 3, 5, 2], 10)).toEqual({ shown: [0, "<5", 5, "<5"], total: 10, count: 2 });
  });

  it("hides a second cell when only one is small, so the total does not reveal it", () => {
    expect(suppressColumn([9, 1, 6, 0], 16)).toEqual({ shown: [9, "<5", "<5", 0], total: 16, count: 2 });
  });

  it("hides a small total", () => {
    expect(suppressColumn([0, 3, 0], 3)).toEqual({ shown: [0, "<5", 0], total: "<5", count: 2 });
  });
});

describe("stockDelta", () => {
  const place = (over: Record<string, unknown>) =>
    ({
      status: "published",
      occupations: ["81302", "81301", "26212"],
      capacity: 3,
      acceptedCount: 1,
      location: { district: { code: "05754" } },
      ...over,
    }) as unknown as Listing;

  it("counts a published place once in each Berufsgruppe it serves", () => {
    expect(Object.fromEntries(stockDelta("place", undefined, place({})))).toEqual({
      "05754#262": { places: 1, seats: 3, seatsTaken: 1 },
      "05754#813": { places: 1, seats: 3, seatsTaken: 1 },
    });
  });

  it("records only what changed, and removes an unpublished item", () => {
    expect(Object.fromEntries(stockDelta("place", place({}), place({ acceptedCount: 2 })))).toEqual({
      "05754#262": { seatsTaken: 1 },
      "05754#813": { seatsTaken: 1 },
    });
    const archived = stockDelta("place", place({}), place({ status: "archived" }));
    expect(archived.get("05754#813")).toEqual({ places: -1, seats: -3, seatsTaken: -1 });
    expect(stockDelta("offer", undefined, place({ status: "draft" })).size).toBe(0);
  });

  it("counts online offers without a location under 'online'", () => {
    const offer = { status: "published", occupations: ["81302"] } as unknown as Listing;
    expect(Object.fromEntries(stockDelta("offer", undefined, offer))).toEqual({
      "online#813": { offers: 1 },
    });
  });
});
