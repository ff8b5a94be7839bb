import { describe, expect, it } from "vitest";
import { buildDemandReport, type DemandCell, MIN_TOPIC_CASES } from "../../shared/domain/demand-report.ts";
import { baseCellKey, combineKeys, roundByKey } from "../../shared/domain/statistics-protection.ts";

const labels = { district: (c: string) => `Kreis ${c}`, group: (c: string) => `Gruppe ${c}` };
const cell = (over: Partial<DemandCell>): DemandCell => ({
  month: "2026-10",
  district: "05754",
  group: "813",
  topicKey: "pharmakologie",
  topic: "Pharmakologie",
  needs: 1,
  ...over,
});
/** What cell-key rounding publishes for these base cells (statistics-protection.ts, tested there). */
const published = (cells: DemandCell[], secret = "") =>
  roundByKey(
    cells.reduce((n, c) => n + c.needs, 0),
    combineKeys(
      cells.map((c) =>
        baseCellKey(
          { figure: `demand|${c.topicKey}`, month: c.month, district: c.district, group: c.group },
          c.needs,
          secret,
        ),
      ),
    ),
  );

describe("buildDemandReport", () => {
  const cells = [
    cell({ needs: 4 }),
    cell({ month: "2026-11", district: "05711", needs: 3 }),
    cell({ topicKey: "akutpflege", topic: "Akutpflege", needs: 10 }),
    cell({ group: "814", needs: 6 }),
    cell({ topicKey: "ethik", topic: "Ethik", needs: 2 }),
  ];

  it("by topic: one row per Berufsgruppe × topic, rounded by the cell keys of its base cells, most first", () => {
    const report = buildDemandReport({ cells, by: "topic", labels });
    const pharma = published(cells.slice(0, 2));
    expect(report.rows).toEqual([
      { key: "813|akutpflege", label: "Akutpflege", needs: 10, group: "813", groupLabel: "Gruppe 813" },
      ...[
        {
          key: "813|pharmakologie",
          label: "Pharmakologie",
          needs: pharma,
          group: "813",
          groupLabel: "Gruppe 813",
        },
        {
          key: "814|pharmakologie",
          label: "Pharmakologie",
          needs: published([cells[3] as DemandCell]),
          group: "814",
          groupLabel: "Gruppe 814",
        },
      ].filter((r) => r.needs > 0),
    ]);
    expect(report.totals.needs).toBe(published(cells));
    expect(report.totals.needs % 5).toBe(0);
  });

  it("by topic: the most cases first, whatever the keys' order", () => {
    const report = buildDemandReport({
      cells: [
        cell({ topicKey: "aa", topic: "AA", needs: 5 }),
        cell({ topicKey: "zz", topic: "ZZ", needs: 10 }),
      ],
      by: "topic",
      labels,
    });
    expect(report.rows.map((r) => [r.label, r.needs])).toEqual([
      ["ZZ", 10],
      ["AA", 5],
    ]);
  });

  it("leaves out a topic of fewer than 3 cases, and one rounded to 0, and says how many", () => {
    expect(MIN_TOPIC_CASES).toBe(3);
    const two = buildDemandReport({ cells: [cell({ needs: 2 })], by: "topic", labels });
    expect(two).toEqual({ rows: [], totals: { needs: published([cell({ needs: 2 })]) }, suppressed: 1 });
    // 3 cases of a topic: listed when its key rounds up, left out when it rounds to 0.
    const threes = ["a", "b", "c", "d", "e", "f", "g", "h"].map((k) =>
      cell({ topicKey: k, topic: k, needs: 3 }),
    );
    const report = buildDemandReport({ cells: threes, by: "topic", labels });
    const up = threes.filter((c) => published([c]) === 5).map((c) => `813|${c.topicKey}`);
    expect(up.length).toBeGreaterThan(0);
    expect(up.length).toBeLessThan(threes.length);
    expect(report.rows.map((r) => r.key)).toEqual(up);
    expect(report.rows.every((r) => r.needs === 5)).toBe(true);
    expect(report.suppressed).toBe(threes.length - up.length);
  });

  it("by district: every district, labelled, by code; topics of any size count", () => {
    const report = buildDemandReport({ cells, by: "district", labels });
    const in754 = cells.filter((c) => c.district === "05754");
    expect(report.rows).toEqual([
      { key: "05711", label: "Kreis 05711", needs: published([cells[1] as DemandCell]) },
      { key: "05754", label: "Kreis 05754", needs: published(in754) },
    ]);
    expect(report.suppressed).toBe(0);
  });

  it("one Berufsgruppe only; cells without cases are ignored; the secret changes the keys", () => {
    const report = buildDemandReport({
      cells: [...cells, cell({ needs: 0, group: "999" })],
      by: "district",
      labels,
      group: "814",
    });
    expect(report.rows).toEqual([
      { key: "05754", label: "Kreis 05754", needs: published([cells[3] as DemandCell]) },
    ]);
    expect(buildDemandReport({ cells: [cell({ needs: 0 })], by: "district", labels })).toEqual({
      rows: [],
      totals: { needs: 0 },
      suppressed: 0,
    });
    const secrets = ["s1", "s2", "s3", "s4", "s5", "s6"].map(
      (secret) =>
        buildDemandReport({ cells: [cell({ needs: 7 })], by: "district", labels, secret }).totals.needs,
    );
    expect(secrets).toEqual(
      ["s1", "s2", "s3", "s4", "s5", "s6"].map((s) => published([cell({ needs: 7 })], s)),
    );
    expect(new Set(secrets)).toEqual(new Set([5, 10]));
  });
});
