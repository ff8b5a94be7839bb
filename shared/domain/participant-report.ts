import {
  AGE_BANDS,
  EMPLOYMENT_AT_ENTRY,
  EXIT_REASONS,
  FOLLOWUP_STATUSES,
  GENDERS,
  ISCED_LEVELS,
} from "../schemas/participation.ts";
import { ERASED_WITHOUT_EXIT } from "./participant-counts.ts";
import { addMonths } from "./statistics-period.ts";
import { baseCellKey, combineKeys, roundByKey } from "./statistics-protection.ts";
import type { Cell, Labels } from "./statistics-report.ts";

import type { ParticipantGroupBy } from "../schemas/participant-statistics.ts";

/** A period of whole months, first..last inclusive (YYYY-MM). */
interface Period {
  first: string;
  last: string;
}

/** A count and the key shares of the base cells behind it (statistics-protection.ts). */
interface Measure {
  value: number;
  keys: number[];
}

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
const quarterStart = (month: string) =>
  `${month.slice(0, 4)}-${String(Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, "0")}`;

/** The quarters touching from..to, each cut to from..to: "2026-Q1" → 2026-02..2026-03 for from = 2026-02. */
export function quartersBetween(from: string, to: string): { key: string; period: Period }[] {
  const quarters: { key: string; period: Period }[] = [];
  for (let start = quarterStart(from); start <= to; start = addMonths(start, 3)) {
    const end = addMonths(start, 2);
    quarters.push({
      key: quarterOf(start),
      period: { first: start < from ? from : start, last: end > to ? to : end },
    });
  }
  return quarters;
}

/**
 * Counts of people by cell key (or exactly, for the own organisation): every figure of a row is
 * the sum of its base cells (figure × month × district × Berufsgruppe), rounded by the sum of
 * their keys, so the same people are published the same way through every grouping and period.
 */
function measurer(cells: readonly Cell[], secret: string, protect: boolean) {
  const measure = (
    figure: string,
    inPeriod: (month: string) => boolean,
    valueOf = (c: Cell) => c.figures[figure] ?? 0,
  ): Measure => {
    const m: Measure = { value: 0, keys: [] };
    for (const cell of cells) {
      const value = cell.month !== undefined && inPeriod(cell.month) ? valueOf(cell) : 0;
      if (value <= 0) continue;
      m.value += value;
      m.keys.push(
        baseCellKey(
          { figure, month: cell.month ?? "", district: cell.district, group: cell.group },
          value,
          secret,
        ),
      );
    }
    return m;
  };
  const shown = (m: Measure) => (protect ? roundByKey(m.value, combineKeys(m.keys)) : m.value);
  return { measure, shown };
}

const EXIT_FIELDS = EXIT_REASONS.map((r) => `exit.${r}`);

/** The figures of one row (or the totals) over `period`. */
function figuresOf(cells: readonly Cell[], period: Period, secret: string, protect: boolean) {
  const { measure, shown } = measurer(cells, secret, protect);
  const within = (m: string) => m >= period.first && m <= period.last;
  const count = (figure: string) => shown(measure(figure, within));
  const breakdown = <K extends string>(prefix: string, values: readonly K[]) =>
    Object.fromEntries(values.map((v) => [v, count(`${prefix}.${v}`)])) as Record<K, number>;
  // Active: entered up to the period's end, less those who left — by an exit, or erased without
  // one — before it began (exact and distinct: each person once per figure, and out at most once).
  const entered = measure("entries", (m) => m <= period.last);
  const left = [...EXIT_FIELDS, ERASED_WITHOUT_EXIT].map((f) => measure(f, (m) => m < period.first));
  const active = shown({
    value: Math.max(0, entered.value - left.reduce((s, m) => s + m.value, 0)),
    keys: [...entered.keys, ...left.flatMap((m) => m.keys)],
  });
  const withoutData = shown(
    measure("esf.without", within, (c) =>
      Math.max(0, (c.figures.entries ?? 0) - (c.figures["esf.given"] ?? 0)),
    ),
  );
  const exitsTotal = shown({
    value: EXIT_FIELDS.reduce((s, f) => s + measure(f, within).value, 0),
    keys: EXIT_FIELDS.flatMap((f) => measure(f, within).keys),
  });
  return {
    entries: count("entries"),
    active,
    inIqQualification: count("inIqQualification"),
    qualificationCompleted: count("qualificationCompleted"),
    recognitionFull: count("recognitionFull"),
    employmentAdequate: count("employmentAdequate"),
    erasedWithoutExit: count(ERASED_WITHOUT_EXIT),
    exits: { total: exitsTotal, ...breakdown("exit", EXIT_REASONS) },
    followup: breakdown("followup", FOLLOWUP_STATUSES),
    esf: {
      withData: count("esf.given"),
      withoutData,
      ageBand: breakdown("esf.ageBand", AGE_BANDS),
      gender: breakdown("esf.gender", GENDERS),
      employmentAtEntry: breakdown("esf.employmentAtEntry", EMPLOYMENT_AT_ENTRY),
      isced: breakdown("esf.isced", ISCED_LEVELS),
      thirdCountryNational: breakdown("esf.thirdCountryNational", ["yes", "no"] as const),
    },
  };
}
export type ParticipantFigures = ReturnType<typeof figuresOf>;

const quarterLabel = (key: string) => `${key.slice(6)}. Quartal ${key.slice(0, 4)}`;

/**
 * GET /statistics/participants: per quarter (each cut to from..to), district or Berufsgruppe of
 * the persons' entry, and in total. A row of a district or Berufsgruppe is shown only when one of
 * its figures is not 0 (an empty row would say someone had been there).
 */
export function buildParticipantReport(input: {
  cells: readonly Cell[];
  from: string;
  to: string;
  by: ParticipantGroupBy;
  labels: Labels;
  secret?: string;
  exact?: boolean;
}) {
  const { cells, from, to, by, labels, secret = "" } = input;
  const protect = !input.exact;
  const whole = { first: from, last: to };
  const rows =
    by === "quarter"
      ? quartersBetween(from, to).map(({ key, period }) => ({
          key,
          label: quarterLabel(key),
          ...figuresOf(cells, period, secret, protect),
        }))
      : [...new Set(cells.map((c) => (by === "district" ? c.district : c.group)))]
          .sort()
          .map((key) => {
            const own = cells.filter((c) => (by === "district" ? c.district : c.group) === key);
            const exact = figuresOf(own, whole, secret, false);
            return {
              key,
              label: by === "district" ? labels.district(key) : labels.group(key),
              ...figuresOf(own, whole, secret, protect),
              hidden: !hasAny(exact),
            };
          })
          .filter((r) => !r.hidden)
          .map(({ hidden: _h, ...r }) => r);
  return { rows, totals: figuresOf(cells, whole, secret, protect) };
}

/** Whether any number in the figures (numbers and objects of them) is above 0. */
function hasAny(value: number | object): boolean {
  return typeof value === "number" ? value > 0 : Object.values(value).some(hasAny);
}
