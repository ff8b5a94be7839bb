import { describe, expect, it } from "vitest";
import { buildReport, type Cell, STOCK_MONTH } from "../../shared/domain/statistics-report.ts";
import { baseCellKey, roundByKey } from "../../shared/domain/statistics-protection.ts";

const labels = {
  district: (c: string) => `K${c}`,
  state: (c: string) => `L${c}`,
  group: (c: string) => `G${c}`,
};
/** Every figure a multiple of 5, so rounding keeps it: each must arrive under its own name. */
const FLOW = {
  proposed: 5,
  accepted: 10,
  declined: 15,
  withdrawn: 20,
  matchSearches: 25,
  zeroResultSearches: 30,
  qualificationsStarted: 35,
  qualificationsCompleted: 40,
  recognitionsFull: 45,
  employmentStarted: 50,
  employmentAdequate: 55,
  iqQualificationsStarted: 60,
};
const flows: Cell[] = [{ district: "05754", group: "813", month: "2026-11", figures: FLOW }];
// Seats taken are rounded like people (2 and 3 here), seats are published exactly.
const stock: Cell[] = [
  { district: "05754", group: "*", figures: { places: 1, seats: 10, seatsTaken: 2 } },
  { district: "14713", group: "*", figures: { places: 1, seats: 10, seatsTaken: 3 } },
];
const SECRET = "geheim";

describe("buildReport: every figure under its own name", () => {
  const report = buildReport({ stock, flows, by: "district", labels, secret: SECRET });
  const outcomes = {
    referrals: { proposed: 5, accepted: 10, declined: 15, withdrawn: 20 },
    matchSearches: 25,
    zeroResultSearches: 30,
    qualificationsStarted: 35,
    qualificationsCompleted: 40,
    recognitionsFull: 45,
    employmentStarted: 50,
    employmentAdequate: 55,
    iqQualificationsStarted: 60,
  };
  const none = {
    referrals: { proposed: 0, accepted: 0, declined: 0, withdrawn: 0 },
    ...Object.fromEntries(
      Object.keys(outcomes)
        .slice(1)
        .map((k) => [k, 0]),
    ),
  };

  it("publishes flows and stock per row and in total", () => {
    expect(report.rows).toEqual([
      { key: "05754", label: "K05754", offers: 0, places: 1, seats: 10, seatsTaken: 0, ...outcomes },
      { key: "14713", label: "K14713", offers: 0, places: 1, seats: 10, seatsTaken: 5, ...none },
    ]);
    expect(report.totals).toEqual({ offers: 0, places: 2, seats: 20, seatsTaken: 5, ...outcomes });
  });

  it("rounds seats taken by the key of their stock cell, and never above the seats", () => {
    // With this secret, 2 rounds down and 3 rounds up (above): the key decides, not the value.
    const key = (district: string, count: number) =>
      baseCellKey({ figure: "seatsTaken", month: STOCK_MONTH, district, group: "*" }, count, SECRET);
    expect(roundByKey(2, key("05754", 2))).toBe(0);
    expect(roundByKey(3, key("14713", 3))).toBe(5);
    // 3 of 4 seats taken would round up to 5: capped, it rounds down.
    const small = buildReport({
      stock: [{ district: "14713", group: "*", figures: { places: 1, seats: 4, seatsTaken: 3 } }],
      flows: [],
      by: "district",
      labels,
      secret: SECRET,
    });
    expect(small.totals).toMatchObject({ seats: 4, seatsTaken: 0 });
  });
});
