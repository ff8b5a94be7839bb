import { describe, expect, it } from "vitest";
import {
  buildReport,
  type Cell,
  type GroupBy,
  type ReportRow,
} from "../../shared/domain/statistics-report.ts";

/**
 * An attacker with every published report — all groupings × all nested periods, totals, and a
 * coach's organisation view next to the network's — tries to derive counts by differences: rows
 * against totals, a state against its districts, a period against its sub-periods, the network
 * against one organisation. No derivation may give a true count of 1 to 4 exactly.
 */
const TRIED = 16_272;
const AIMED_AT_SMALL = 3_617;
const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04"];
const STATES: Record<string, string[]> = {
  "14": ["14713", "14511", "14522", "14612"],
  "05": ["05754", "05711", "05770"],
  online: ["online"],
};
const SACHSEN = STATES["14"] ?? [];
const DISTRICTS = Object.values(STATES).flat();
const GROUPS = ["813", "262", "734"];
const PEOPLE = ["proposed", "accepted", "declined", "withdrawn", "matchSearches"] as const;
type People = (typeof PEOPLE)[number];
const labels = { district: String, state: String, group: String };

/** Small counts everywhere (a fixed pseudo-random pattern), plus the cases from the bug report. */
function flows(scale: number): Cell[] {
  const cells: Cell[] = [];
  let n = 7;
  const next = () => (n = (n * 1103515245 + 12345) % 2147483648) % 9; // 0–8, mostly small
  for (const month of MONTHS)
    for (const district of DISTRICTS)
      for (const group of GROUPS) {
        const figures = Object.fromEntries(PEOPLE.map((f) => [f, Math.max(0, next() - 3) * scale]));
        cells.push({ district, group, month, figures });
      }
  const at = (m: string, d: string, g: string): Cell =>
    cells.find((c) => c.month === m && c.district === d && c.group === g) ?? {
      district: d,
      group: g,
      figures: {},
    };
  // Leipzig 6 and Chemnitz 2 proposals in January (Sachsen 8), nothing else in Sachsen then.
  for (const d of SACHSEN) for (const g of GROUPS) at("2026-01", d, g).figures.proposed = 0;
  at("2026-01", "14713", "813").figures.proposed = 6 * scale;
  at("2026-01", "14511", "813").figures.proposed = 2 * scale;
  // Four districts with one acceptance each in March (Sachsen 4).
  for (const d of SACHSEN) for (const g of GROUPS) at("2026-03", d, g).figures.accepted = 0;
  for (const d of SACHSEN) at("2026-03", d, "262").figures.accepted = scale;
  return cells;
}

const network = flows(1);
// A coaching organisation with about half of the events.
const organisation = network.map((c) => ({
  ...c,
  figures: Object.fromEntries(Object.entries(c.figures).map(([f, v]) => [f, Math.floor((v ?? 0) / 2)])),
}));
const stock: Cell[] = DISTRICTS.flatMap((district, i) => [
  { district, group: "*", figures: { places: 2, seats: 9, seatsTaken: i % 5 } },
  { district, group: "813", figures: { places: 2, seats: 9, seatsTaken: i % 5 } },
  { district, group: "262", figures: { places: 1, seats: 4, seatsTaken: i % 3 } },
]);

const PERIODS = MONTHS.flatMap((_, i) => MONTHS.slice(i).map((_, j) => MONTHS.slice(i, i + j + 1)));
const BY: GroupBy[] = ["district", "state", "occupationGroup", "month"];

type Figure = People | "seatsTaken";
const value = (r: Omit<ReportRow, "key" | "label">, f: Figure): number =>
  f === "seatsTaken" ? (r.seatsTaken ?? 0) : f === "matchSearches" ? r.matchSearches : r.referrals[f];

/** The true figure of a row (or "Σ"), summed here independently of buildReport. */
function exact(cells: Cell[], by: GroupBy, row: string, f: Figure): number {
  const keyOf = (c: Cell) =>
    by === "district"
      ? c.district
      : by === "state"
        ? (Object.entries(STATES).find(([, ds]) => ds.includes(c.district))?.[0] ?? "")
        : by === "occupationGroup"
          ? c.group
          : (c.month ?? "");
  const sum = (cs: Cell[]) => cs.reduce((n, c) => n + (c.figures[f] ?? 0), 0);
  if (f !== "seatsTaken") return sum(row === "Σ" ? cells : cells.filter((c) => keyOf(c) === row));
  if (row === "Σ") return sum(stock.filter((c) => c.group === "*"));
  if (by === "month") return 0;
  const items = stock.filter((c) => (by === "occupationGroup" ? c.group !== "*" : c.group === "*"));
  return sum(items.filter((c) => keyOf(c) === row));
}

/** Published and true figure of every row and total, by "scope|period|by|row". */
function publish() {
  const published = new Map<string, number>();
  const truth = new Map<string, number>();
  for (const [scope, cells] of [
    ["net", network],
    ["org", organisation],
  ] as const)
    for (const period of PERIODS)
      for (const by of BY) {
        const inPeriod = cells.filter((c) => period.includes(c.month ?? ""));
        const report = buildReport({ stock, flows: inPeriod, by, labels });
        for (const f of [...PEOPLE, "seatsTaken"] as const) {
          const id = (row: string) => `${scope}|${period.join(",")}|${by}|${row}|${f}`;
          for (const r of report.rows) {
            published.set(id(r.key), value(r, f));
            truth.set(id(r.key), exact(inPeriod, by, r.key, f));
          }
          published.set(id("Σ"), value(report.totals, f));
          truth.set(id("Σ"), exact(inPeriod, by, "Σ", f));
        }
      }
  return { published, truth };
}

describe("differencing attack on the published statistics", () => {
  const { published, truth } = publish();
  const pub = (id: string) => published.get(id) ?? 0;
  const real = (id: string) => truth.get(id) ?? 0;

  it("publishes people-related figures only as multiples of 5, the same cell always the same", () => {
    expect([...published.values()].every((v) => v % 5 === 0)).toBe(true);
    expect([...truth.values()].filter((v) => v >= 1 && v <= 4).length).toBeGreaterThan(500);
    for (const scope of ["net", "org"])
      for (const period of PERIODS)
        for (const f of PEOPLE) {
          const p = period.join(",");
          const total = pub(`${scope}|${p}|district|Σ|${f}`);
          for (const by of BY) expect(pub(`${scope}|${p}|${by}|Σ|${f}`)).toBe(total);
          if (period.length === 1) expect(pub(`${scope}|${p}|month|${p}|${f}`)).toBe(total);
          for (const m of period)
            expect(pub(`${scope}|${p}|month|${m}|${f}`)).toBe(pub(`${scope}|${m}|month|${m}|${f}`));
          expect(pub(`${scope}|${p}|state|online|${f}`)).toBe(pub(`${scope}|${p}|district|online|${f}`));
        }
  });

  it("derives no count of 1 to 4 exactly, over all groupings, nested periods, totals and scopes", () => {
    let tried = 0;
    let aimedAtSmall = 0;
    const leaks: string[] = [];
    /** A derivation: Σ sign × published, compared with the same combination of true figures. */
    const derive = (what: string, terms: [number, string][]) => {
      const guess = terms.reduce((n, [s, id]) => n + s * pub(id), 0);
      const actual = terms.reduce((n, [s, id]) => n + s * real(id), 0);
      tried++;
      if (actual >= 1 && actual <= 4) aimedAtSmall++;
      if (guess >= 1 && guess <= 4) leaks.push(`${what}: ${guess} (true ${actual})`);
    };
    const rowsOf = (prefix: string) =>
      [...published.keys()]
        .filter((id) => id.startsWith(prefix) && !id.includes("|Σ|"))
        .map((id) => id.split("|")[3] ?? "");
    for (const scope of ["net", "org"])
      for (const f of [...PEOPLE, "seatsTaken"]) {
        for (const P of PERIODS) {
          const p = P.join(",");
          for (const by of BY) {
            const row = (k: string) => `${scope}|${p}|${by}|${k}|${f}`;
            const keys = [...new Set(rowsOf(`${scope}|${p}|${by}|`))];
            // A row from the total minus all the other rows.
            for (const k of keys)
              derive(`total − others ${row(k)}`, [
                [1, row("Σ")],
                ...keys.filter((o) => o !== k).map((o) => [-1, row(o)] as [number, string]),
              ]);
            // A row as the difference between the network and the organisation.
            if (scope === "net")
              for (const k of keys)
                derive(`net − org ${row(k)}`, [
                  [1, row(k)],
                  [-1, `org|${p}|${by}|${k}|${f}`],
                ]);
            // A period minus each nested sub-period, per row and in total; the rest by total − others.
            for (const Q of PERIODS.filter((q) => q.length < P.length && q.every((m) => P.includes(m)))) {
              const q = Q.join(",");
              const sub = (k: string) => `${scope}|${q}|${by}|${k}|${f}`;
              for (const k of [...keys, "Σ"])
                derive(`period − sub-period ${row(k)} − ${q}`, [
                  [1, row(k)],
                  [-1, sub(k)],
                ]);
              for (const k of keys)
                derive(`(total − others)(P − Q) ${row(k)} − ${q}`, [
                  [1, row("Σ")],
                  [-1, sub("Σ")],
                  ...keys
                    .filter((o) => o !== k)
                    .flatMap((o): [number, string][] => [
                      [-1, row(o)],
                      [1, sub(o)],
                    ]),
                ]);
            }
          }
          // A district from its state minus the state's other districts, and the state minus one district.
          for (const [state, districts] of Object.entries(STATES))
            for (const d of districts) {
              const dist = (k: string) => `${scope}|${p}|district|${k}|${f}`;
              const st = `${scope}|${p}|state|${state}|${f}`;
              derive(`state − other districts ${dist(d)}`, [
                [1, st],
                ...districts.filter((o) => o !== d).map((o) => [-1, dist(o)] as [number, string]),
              ]);
              derive(`state − district ${dist(d)}`, [
                [1, st],
                [-1, dist(d)],
              ]);
            }
        }
      }
    expect(leaks).toEqual([]);
    expect(tried).toBe(TRIED);
    expect(aimedAtSmall).toBe(AIMED_AT_SMALL);
  });
});
