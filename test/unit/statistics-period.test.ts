import { describe, expect, it } from "vitest";
import {
  addMonths,
  MAX_MONTHS,
  monthsBetween,
  networkPeriod,
  withoutLate,
} from "../../shared/domain/statistics-period.ts";
import { buildReport, type Cell } from "../../shared/domain/statistics-report.ts";

const cell = (month: string, district: string, figures: Cell["figures"]): Cell => ({
  month,
  district,
  group: "813",
  figures,
});

describe("statistics period: the network as of the last closed month", () => {
  it("counts months across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-11", -11)).toBe("2025-12");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-03", "2026-03")).toEqual(["2026-03"]);
  });

  it("refuses a period that ends before it starts or is longer than 60 months, naming the field", () => {
    expect(() => monthsBetween("2026-03", "2026-02")).toThrow(
      expect.objectContaining({ errors: [{ path: "query.to", message: "Ende liegt vor dem Beginn" }] }),
    );
    expect(MAX_MONTHS).toBe(60);
    expect(monthsBetween("2022-01", "2026-12")).toHaveLength(60);
    expect(() => monthsBetween("2021-12", "2026-12")).toThrow(
      expect.objectContaining({ errors: [{ path: "query.from", message: "Höchstens 60 Monate" }] }),
    );
  });

  it("gives non-admins closed months only, as of the last one; admins everything as of now", () => {
    const months = ["2026-09", "2026-10", "2026-11", "2026-12"];
    expect(networkPeriod(months, "2026-11", false)).toEqual({
      months: ["2026-09", "2026-10"],
      asOf: "2026-10",
    });
    expect(networkPeriod(months, "2027-01", false)).toEqual({ months, asOf: "2026-12" });
    expect(networkPeriod(["2026-11"], "2026-11", false)).toEqual({ months: [], asOf: "2026-10" });
    expect(networkPeriod(months, "2026-11", true)).toEqual({ months, asOf: "2026-11" });
    expect(networkPeriod(months, "2026-11", true).months).not.toBe(months);
  });

  it("takes what was dated back this month out of the closed months' cells", () => {
    const flows = [
      cell("2026-09", "05754", { qualificationsStarted: 12, proposed: 3 }),
      cell("2026-10", "05754", { qualificationsStarted: 2 }),
      cell("2026-10", "05711", { qualificationsStarted: 4 }),
    ];
    const late = [
      cell("2026-09", "05754", { qualificationsStarted: 2 }),
      cell("2026-10", "05754", { qualificationsStarted: 2 }),
      cell("2026-10", "05711", { qualificationsStarted: 5 }),
      cell("2026-08", "05754", { qualificationsStarted: 1 }),
    ];
    expect(withoutLate(flows, late)).toEqual([
      cell("2026-09", "05754", { qualificationsStarted: 10, proposed: 3 }),
    ]);
    expect(withoutLate(flows, [])).toEqual(flows);
    // Another Berufsgruppe is another cell.
    expect(
      withoutLate(flows, [{ ...cell("2026-09", "05754", { qualificationsStarted: 2 }), group: "262" }]),
    ).toEqual(flows);
  });
});

describe("buildReport for an organisation's own figures", () => {
  const labels = { district: String, state: String, group: String };
  const flows = [cell("2026-11", "05754", { proposed: 1, qualificationsStarted: 12 })];

  it("publishes them exactly, without stock, when `exact`", () => {
    const own = buildReport({ flows, by: "district", labels, exact: true });
    expect(own.totals).toMatchObject({
      offers: null,
      seatsTaken: null,
      referrals: { proposed: 1 },
      qualificationsStarted: 12,
    });
    expect(own.rows[0]).toMatchObject({ key: "05754", places: null, qualificationsStarted: 12 });
  });

  it("rounds them to multiples of 5 otherwise", () => {
    const network = buildReport({ stock: [], flows, by: "district", labels, secret: "s" });
    expect(network.totals.qualificationsStarted % 5).toBe(0);
    expect(network.totals.referrals.proposed % 5).toBe(0);
    expect(network.totals.offers).toBe(0);
  });
});
