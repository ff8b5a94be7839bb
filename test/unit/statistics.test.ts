import { describe, expect, it } from "vitest";
import type { Listing } from "../../shared/domain/listing.ts";
import { stockDelta } from "../../shared/domain/statistics.ts";
import {
  baseCellKey,
  combineKeys,
  mix,
  roundByKey,
  seedOf,
} from "../../shared/domain/statistics-protection.ts";
import { buildReport, type Cell } from "../../shared/domain/statistics-report.ts";

const TWO_32 = 2 ** 32;
const cell = { figure: "proposed", month: "2026-11", district: "05754", group: "813" };

describe("cell keys", () => {
  it("seeds with FNV-1a and mixes with MurmurHash3's finaliser (published test values)", () => {
    expect(seedOf("")).toBe(0x811c9dc5);
    expect(seedOf("a")).toBe(0xe40c292c);
    expect(seedOf("|proposed|2026-11|05754|813")).toBe(1381238171);
    expect([mix(0), mix(1), mix(2), mix(0xffffffff), mix(-1)]).toEqual([
      0, 0x514e28b7, 821347078, 2180083513, 2180083513,
    ]);
  });

  it("gives each base cell's events fixed keys that add up modulo 2^32", () => {
    expect([0, 1, 2, 3, 6].map((n) => baseCellKey(cell, n))).toEqual([
      0, 2047131005, 4015969521, 31150282, 3339401938,
    ]);
    expect(baseCellKey(cell, 3, "geheim")).toBe(1932596395);
    expect(baseCellKey({ ...cell, month: "2026-12" }, 1)).not.toBe(baseCellKey(cell, 1));
    expect(combineKeys([])).toBe(0);
    expect(combineKeys([TWO_32 - 1, 2])).toBe(1);
    expect(combineKeys([baseCellKey(cell, 1), 5])).toBe(2047131010);
  });
});

describe("roundByKey", () => {
  it("keeps zero and multiples of 5, and rounds the rest to a neighbouring multiple of 5", () => {
    expect([0, 5, 10, 35].map((v) => roundByKey(v, 0))).toEqual([0, 5, 10, 35]);
    expect([1, 2, 3, 4, 6, 9].map((v) => roundByKey(v, 0))).toEqual([5, 5, 5, 5, 10, 10]);
    expect([1, 2, 3, 4, 6, 9].map((v) => roundByKey(v, TWO_32 - 1))).toEqual([0, 0, 0, 0, 5, 5]);
  });

  it("rounds up exactly when key / 2^32 < (value mod 5) / 5", () => {
    const edge = (2 * TWO_32) / 5; // 1717986918.4
    expect(roundByKey(7, Math.floor(edge))).toBe(10);
    expect(roundByKey(7, Math.ceil(edge))).toBe(5);
    expect(roundByKey(1, TWO_32 / 5 - 1)).toBe(5);
    expect(roundByKey(1, TWO_32 / 5)).toBe(0);
    expect(roundByKey(4, (4 * TWO_32) / 5 - 1)).toBe(5);
    expect(roundByKey(4, (4 * TWO_32) / 5)).toBe(0);
  });

  it("is right on average: value v rounds up for (v mod 5) in 5 keys", () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => mix(i));
    const ups = [1, 2, 3, 4, 6].map((v) => keys.filter((k) => roundByKey(v, k) > v).length);
    expect(ups).toEqual([1957, 3954, 6027, 8009, 1957]);
  });

  it("never rounds up past a cap (seats taken never exceed seats)", () => {
    expect(roundByKey(3, 0, 4)).toBe(0);
    expect(roundByKey(3, 0, 5)).toBe(5);
    expect(roundByKey(8, 0, 9)).toBe(5);
    expect(roundByKey(8, 0, 10)).toBe(10);
    expect(roundByKey(10, 0, 10)).toBe(10);
  });
});

describe("buildReport", () => {
  const labels = {
    district: (c: string) => `K${c}`,
    state: (c: string) => `L${c}`,
    group: (c: string) => `G${c}`,
  };
  const flows: Cell[] = [
    { district: "14713", group: "813", month: "2026-11", figures: { proposed: 6, accepted: 1 } },
    { district: "14511", group: "813", month: "2026-11", figures: { proposed: 2 } },
    {
      district: "05754",
      group: "262",
      month: "2026-12",
      figures: { matchSearches: 12, zeroResultSearches: 3, withdrawn: 0 },
    },
  ];
  const stock: Cell[] = [
    { district: "05754", group: "813", figures: { places: 1, seats: 3, seatsTaken: 2 } },
    { district: "05754", group: "262", figures: { places: 1, seats: 3, seatsTaken: 2 } },
    { district: "05754", group: "*", figures: { places: 1, seats: 3, seatsTaken: 2 } },
    { district: "online", group: "813", figures: { offers: 2 } },
    { district: "online", group: "*", figures: { offers: 2 } },
  ];
  const report = (by: "district" | "state" | "occupationGroup" | "month", secret?: string) =>
    buildReport({ stock, flows, by, labels, ...(secret === undefined ? {} : { secret }) });

  it("counts each item once in totals and per region, and under each of its groups per Berufsgruppe", () => {
    expect(report("district").totals).toMatchObject({ offers: 2, places: 1, seats: 3 });
    expect(report("district").rows.map((r) => [r.key, r.label, r.places, r.offers])).toEqual([
      ["05754", "K05754", 1, 0],
      ["14511", "K14511", 0, 0],
      ["14713", "K14713", 0, 0],
      ["online", "Online (ohne Ort)", 0, 2],
    ]);
    expect(report("occupationGroup").rows.map((r) => [r.key, r.label, r.places, r.seats])).toEqual([
      ["262", "G262", 1, 3],
      ["813", "G813", 1, 3],
    ]);
    expect(report("occupationGroup").totals).toMatchObject({ places: 1, seats: 3 });
  });

  it("publishes people-related figures rounded by their cell key, the same in every grouping", () => {
    const byState = report("state");
    expect(byState.rows.map((r) => [r.key, r.label, r.referrals.proposed, r.referrals.accepted])).toEqual([
      ["05", "L05", 0, 0],
      ["14", "L14", 10, 0],
      ["online", "Online (ohne Ort)", 0, 0],
    ]);
    const byDistrict = report("district");
    // Chemnitz 2 → 5 and Leipzig 6 → 10, Sachsen 8 → 10: 10 − 10 leaves nothing exact.
    expect(byDistrict.rows.map((r) => r.referrals.proposed)).toEqual([0, 5, 10, 0]);
    expect(byDistrict.rows[0]).toMatchObject({ seatsTaken: 0, matchSearches: 10 });
    // The totals are one cell, whatever the grouping: the same published figures.
    for (const by of ["state", "occupationGroup", "month"] as const)
      expect(report(by).totals).toEqual(byDistrict.totals);
    expect(byDistrict.totals).toEqual({
      offers: 2,
      places: 1,
      seats: 3,
      seatsTaken: 0,
      referrals: { proposed: 10, accepted: 0, declined: 0, withdrawn: 0 },
      matchSearches: 10,
      // 3 searches without a result, rounded like every count of people: here to 0.
      zeroResultSearches: 0,
      // No milestones in these cells: no outcomes.
      qualificationsStarted: 0,
      qualificationsCompleted: 0,
      recognitionsFull: 0,
      employmentStarted: 0,
      employmentAdequate: 0,
      iqQualificationsStarted: 0,
    });
    expect(byDistrict.suppressed).toBe(0);
  });

  it("leaves stock out of month rows and labels months in German", () => {
    const byMonth = report("month");
    expect(byMonth.rows.map((r) => [r.key, r.label, r.offers, r.seatsTaken, r.matchSearches])).toEqual([
      ["2026-11", "November 2026", null, null, 0],
      ["2026-12", "Dezember 2026", null, null, 10],
    ]);
  });

  it("draws other keys with another secret", () => {
    const rows = (secret: string) =>
      report("district", secret).rows.map((r) => [
        r.referrals.proposed,
        r.referrals.accepted,
        r.matchSearches,
      ]);
    expect(rows("geheim")).toEqual([
      [0, 0, 10],
      [5, 0, 0],
      [10, 5, 0],
      [0, 0, 0],
    ]);
    expect(rows("x")).toEqual([
      [0, 0, 15],
      [0, 0, 0],
      [10, 5, 0],
      [0, 0, 0],
    ]);
    expect(report("district", "anders").totals.referrals).toMatchObject({ proposed: 5, accepted: 0 });
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

  it("counts a published place in each Berufsgruppe it serves and once for its district", () => {
    expect(Object.fromEntries(stockDelta("place", undefined, place({})))).toEqual({
      "05754#262": { places: 1, seats: 3, seatsTaken: 1 },
      "05754#813": { places: 1, seats: 3, seatsTaken: 1 },
      "05754#*": { places: 1, seats: 3, seatsTaken: 1 },
    });
  });

  it("records only what changed, and removes an unpublished item", () => {
    expect(Object.fromEntries(stockDelta("place", place({}), place({ acceptedCount: 2 })))).toEqual({
      "05754#262": { seatsTaken: 1 },
      "05754#813": { seatsTaken: 1 },
      "05754#*": { seatsTaken: 1 },
    });
    const archived = stockDelta("place", place({}), place({ status: "archived" }));
    expect(archived.get("05754#813")).toEqual({ places: -1, seats: -3, seatsTaken: -1 });
    expect(archived.get("05754#*")).toEqual({ places: -1, seats: -3, seatsTaken: -1 });
    expect(stockDelta("offer", undefined, place({ status: "draft" })).size).toBe(0);
  });

  it("counts online offers without a location under 'online'", () => {
    const offer = { status: "published", occupations: ["81302"] } as unknown as Listing;
    expect(Object.fromEntries(stockDelta("offer", undefined, offer))).toEqual({
      "online#813": { offers: 1 },
      "online#*": { offers: 1 },
    });
  });
});
