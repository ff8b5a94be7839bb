import { describe, expect, it } from "vitest";
import { buildParticipantReport, quartersBetween } from "../../shared/domain/participant-report.ts";
import type { Cell } from "../../shared/domain/statistics-report.ts";
import { baseCellKey, combineKeys, roundByKey } from "../../shared/domain/statistics-protection.ts";

const labels = {
  district: (code: string) => `Kreis ${code}`,
  state: (code: string) => `Land ${code}`,
  group: (code: string) => `Gruppe ${code}`,
};
const cell = (month: string, district: string, group: string, figures: Cell["figures"]): Cell => ({
  month,
  district,
  group,
  figures,
});

describe("quartersBetween", () => {
  it("lists the quarters touching from..to, each cut to it", () => {
    expect(quartersBetween("2026-02", "2026-08")).toEqual([
      { key: "2026-Q1", period: { first: "2026-02", last: "2026-03" } },
      { key: "2026-Q2", period: { first: "2026-04", last: "2026-06" } },
      { key: "2026-Q3", period: { first: "2026-07", last: "2026-08" } },
    ]);
    expect(quartersBetween("2026-12", "2027-01")).toEqual([
      { key: "2026-Q4", period: { first: "2026-12", last: "2026-12" } },
      { key: "2027-Q1", period: { first: "2027-01", last: "2027-01" } },
    ]);
    expect(quartersBetween("2026-10", "2026-12")).toEqual([
      { key: "2026-Q4", period: { first: "2026-10", last: "2026-12" } },
    ]);
    expect(quartersBetween("2026-03", "2026-03")).toEqual([
      { key: "2026-Q1", period: { first: "2026-03", last: "2026-03" } },
    ]);
  });
});

describe("buildParticipantReport", () => {
  const cells = [
    cell("2025-11", "A", "813", { entries: 2, "exit.moved": 1 }),
    cell("2026-01", "A", "813", {
      entries: 3,
      "esf.given": 2,
      "esf.ageBand.<25": 2,
      "esf.gender.female": 1,
      "esf.gender.diverse": 1,
      "esf.employmentAtEntry.unemployed": 2,
      "esf.isced.5-8": 2,
      inIqQualification: 1,
    }),
    cell("2026-02", "B", "262", { entries: 1, "exit.employment": 1, "followup.employed": 1 }),
    cell("2026-04", "B", "262", { "exit.dropped-out": 2, "esf.thirdCountryNational.yes": 1 }),
    cell("2026-05", "A", "813", { qualificationCompleted: 1, recognitionFull: 1, employmentAdequate: 1 }),
  ];
  const exact = (from: string, to: string, by: "quarter" | "district" | "occupationGroup" = "quarter") =>
    buildParticipantReport({ cells, from, to, by, labels, exact: true });

  it("counts active as entered up to the period's end less left before it began", () => {
    const { rows, totals } = exact("2026-01", "2026-06");
    expect(rows.map((r) => [r.key, r.label, r.entries, r.active])).toEqual([
      // 2 + 3 + 1 entered by March, 1 left before January.
      ["2026-Q1", "1. Quartal 2026", 4, 5],
      // 6 entered by June; 1 left before January, 1 in February: 4.
      ["2026-Q2", "2. Quartal 2026", 0, 4],
    ]);
    expect([totals.entries, totals.active]).toEqual([4, 5]);
    // Leaving in the period's first month still counts as active in it.
    expect(exact("2026-02", "2026-02").totals.active).toBe(5);
    expect(exact("2026-03", "2026-03").totals.active).toBe(4);
  });

  it("counts a person erased without an exit out of active from the month after, never as an exit", () => {
    const erased = [
      ...cells,
      cell("2026-03", "A", "813", { erasedWithoutExit: 2 }),
      cell("2026-05", "B", "262", { erasedWithoutExit: 1 }),
    ];
    const report = (from: string, to: string) =>
      buildParticipantReport({ cells: erased, from, to, by: "quarter", labels, exact: true }).totals;
    // Erased in March: still there in March, gone from April.
    expect([report("2026-03", "2026-03").active, report("2026-03", "2026-03").erasedWithoutExit]).toEqual([
      4, 2,
    ]);
    expect([report("2026-04", "2026-04").active, report("2026-04", "2026-04").erasedWithoutExit]).toEqual([
      2, 0,
    ]);
    // 6 entered; 1 + 1 + 2 left by an exit before June, 2 + 1 erased before it: 0, never below.
    expect(report("2026-06", "2026-06").active).toBe(0);
    expect(report("2026-01", "2026-06")).toMatchObject({ active: 5, erasedWithoutExit: 3 });
    expect(report("2026-01", "2026-06").exits.total).toBe(3);
    const byDistrict = buildParticipantReport({
      cells: erased,
      from: "2026-04",
      to: "2026-06",
      by: "district",
      labels,
      exact: true,
    });
    expect(byDistrict.rows.map((r) => [r.key, r.active, r.erasedWithoutExit])).toEqual([
      ["A", 2, 0],
      ["B", 0, 1],
    ]);
  });

  it("sums each figure within the period, exits with their total, ESF with the entries without data", () => {
    const { totals } = exact("2026-01", "2026-06");
    expect(totals.exits).toEqual({
      total: 3,
      "plan-completed": 0,
      employment: 1,
      moved: 0,
      "dropped-out": 2,
      other: 0,
    });
    expect(totals.followup.employed).toBe(1);
    expect([
      totals.inIqQualification,
      totals.qualificationCompleted,
      totals.recognitionFull,
      totals.employmentAdequate,
    ]).toEqual([1, 1, 1, 1]);
    expect(totals.esf).toMatchObject({
      withData: 2,
      withoutData: 2,
      ageBand: { "<25": 2, "25-54": 0, "55+": 0 },
      gender: { female: 1, male: 0, diverse: 1, unspecified: 0 },
      employmentAtEntry: { employed: 0, unemployed: 2, inactive: 0 },
      isced: { "0-2": 0, "3-4": 0, "5-8": 2 },
      thirdCountryNational: { yes: 1, no: 0 },
    });
    // Before the period: nothing but active.
    const before = exact("2025-11", "2025-11").totals;
    expect([before.entries, before.active, before.exits.moved, before.esf.withoutData]).toEqual([2, 2, 1, 2]);
  });

  it("groups by the entry's district or Berufsgruppe, leaving out rows with nothing in them", () => {
    expect(exact("2026-01", "2026-06", "district").rows.map((r) => [r.key, r.label, r.active])).toEqual([
      ["A", "Kreis A", 4],
      ["B", "Kreis B", 1],
    ]);
    expect(exact("2026-01", "2026-06", "occupationGroup").rows.map((r) => [r.key, r.label])).toEqual([
      ["262", "Gruppe 262"],
      ["813", "Gruppe 813"],
    ]);
    // B's one person left in February, before the period: B is no row.
    expect(exact("2026-06", "2026-06", "district").rows.map((r) => r.key)).toEqual(["A"]);
  });

  it("rounds the network's figures by cell key: multiples of 5, the same however reached", () => {
    const many = [cell("2026-01", "A", "813", { entries: 7 }), cell("2026-02", "B", "813", { entries: 4 })];
    const network = (secret: string) =>
      buildParticipantReport({ cells: many, from: "2026-01", to: "2026-03", by: "quarter", labels, secret });
    for (const secret of ["a", "b", "c", "d", "e", "f"]) {
      const { rows, totals } = network(secret);
      expect([10, 15]).toContain(totals.entries);
      expect(totals.entries % 5).toBe(0);
      expect(rows[0]?.entries).toBe(totals.entries);
      expect(totals.active).toBe(totals.entries);
    }
    const secrets = ["a", "b", "c", "d", "e", "f", "g", "h"].map((s) => network(s).totals.entries);
    expect(new Set(secrets).size).toBe(2);
    const exactly = buildParticipantReport({
      cells: many,
      from: "2026-01",
      to: "2026-03",
      by: "quarter",
      labels,
      exact: true,
    });
    expect(exactly.totals.entries).toBe(11);
  });

  it("rounds each figure by the keys of its own base cells (figure, month, district, Berufsgruppe)", () => {
    const jan = cell("2026-01", "A", "813", {
      entries: 3,
      "esf.given": 1,
      "exit.moved": 2,
      "exit.employment": 1,
    });
    const feb = cell("2026-02", "B", "262", { entries: 4, "exit.other": 3 });
    const share = (figure: string, c: Cell, count: number, secret: string) =>
      baseCellKey({ figure, month: c.month ?? "", district: c.district, group: c.group }, count, secret);
    const expected = (secret: string) => ({
      entries: roundByKey(
        7,
        combineKeys([share("entries", jan, 3, secret), share("entries", feb, 4, secret)]),
      ),
      withoutData: roundByKey(
        6,
        combineKeys([share("esf.without", jan, 2, secret), share("esf.without", feb, 4, secret)]),
      ),
      exits: roundByKey(
        6,
        combineKeys([
          share("exit.employment", jan, 1, secret),
          share("exit.moved", jan, 2, secret),
          share("exit.other", feb, 3, secret),
        ]),
      ),
    });
    const published = (secret?: string) => {
      const { totals } = buildParticipantReport({
        cells: [jan, feb],
        from: "2026-01",
        to: "2026-02",
        by: "quarter",
        labels,
        ...(secret === undefined ? {} : { secret }),
      });
      return { entries: totals.entries, withoutData: totals.esf.withoutData, exits: totals.exits.total };
    };
    const secrets = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    for (const secret of secrets) expect(published(secret), secret).toEqual(expected(secret));
    // Without a secret the keys are those of the empty secret.
    expect(published()).toEqual(expected(""));
    // The pinning has teeth: some secrets round each figure up, others down.
    for (const figure of ["entries", "withoutData", "exits"] as const)
      expect(new Set(secrets.map((s) => published(s)[figure])).size, figure).toBe(2);
  });
});
