import { ALL_GROUPS, FLOW_FIELDS, type FlowField, ONLINE_DISTRICT } from "./statistics.ts";
import { baseCellKey, combineKeys, roundByKey } from "./statistics-protection.ts";

export type GroupBy = "district" | "state" | "occupationGroup" | "month";
/** A counter as read: a district × Berufsgruppe, in a month for flows and without one for stock. */
export type Cell = {
  district: string;
  group: string;
  month?: string;
  figures: Partial<Record<string, number>>;
};

export interface ReportRow {
  key: string;
  label: string;
  offers: number | null;
  places: number | null;
  seats: number | null;
  seatsTaken: number | null;
  referrals: { proposed: number; accepted: number; declined: number; withdrawn: number };
  matchSearches: number;
  zeroResultSearches: number;
  qualificationsStarted: number;
  qualificationsCompleted: number;
  recognitionsFull: number;
  employmentStarted: number;
  employmentAdequate: number;
  iqQualificationsStarted: number;
}

export interface Labels {
  district(code: string): string;
  state(code: string): string;
  group(code: string): string;
}

/** Every flow counts people (events about a candidate): published only rounded by cell key (statistics-protection.ts). */
const FLOW_PEOPLE: readonly FlowField[] = FLOW_FIELDS;
/** Counts of items: published exactly. */
const ITEMS = ["offers", "places", "seats"] as const;
export const STOCK_MONTH = "stock";

function keyOf(cell: Cell, by: GroupBy): string {
  if (by === "district") return cell.district;
  if (by === "state") return cell.district === ONLINE_DISTRICT ? ONLINE_DISTRICT : cell.district.slice(0, 2);
  if (by === "occupationGroup") return cell.group;
  return cell.month ?? "";
}

function labelOf(key: string, by: GroupBy, labels: Labels): string {
  if (key === ONLINE_DISTRICT) return "Online (ohne Ort)";
  if (by === "district") return labels.district(key);
  if (by === "state") return labels.state(key);
  if (by === "occupationGroup") return labels.group(key);
  return new Date(`${key}-01T00:00:00Z`).toLocaleDateString("de-DE", { month: "long", year: "numeric" });
}

/** Exact sums and the key shares of the events behind them, per figure. */
class Tally {
  readonly sums: Record<string, number> = {};
  readonly keys: Record<string, number[]> = {};
  /** An organisation's own figures are published exactly; the network's rounded. */
  constructor(private readonly protect: boolean) {}
  add(cell: Cell, fields: readonly string[], secret: string, people: readonly string[]) {
    for (const field of fields) {
      const value = cell.figures[field] ?? 0;
      this.sums[field] = (this.sums[field] ?? 0) + value;
      if (people.includes(field) && value > 0) {
        const base = {
          figure: field,
          month: cell.month ?? STOCK_MONTH,
          district: cell.district,
          group: cell.group,
        };
        (this.keys[field] ??= []).push(baseCellKey(base, value, secret));
      }
    }
  }
  exact = (field: string) => this.sums[field] ?? 0;
  rounded = (field: string, cap?: number) =>
    this.protect
      ? roundByKey(this.exact(field), combineKeys(this.keys[field] ?? []), cap)
      : this.exact(field);
}

const STOCK_FIELDS = [...ITEMS, "seatsTaken"];
const PEOPLE = [...FLOW_PEOPLE, "seatsTaken"];

/**
 * Figures per row and in total. Stock counts each item once (its ALL_GROUPS cell), except per
 * Berufsgruppe, where an item appears under each group it serves. People-related figures are
 * rounded per published cell, so rows need not add up to the total — unless `exact` (an
 * organisation's own figures). Without `stock` the stock figures are null.
 */
export function buildReport(input: {
  stock?: Cell[];
  flows: Cell[];
  by: GroupBy;
  labels: Labels;
  secret?: string;
  exact?: boolean;
}) {
  const { by, labels, secret = "" } = input;
  const stock = input.stock ?? [];
  const protect = !input.exact;
  const once = stock.filter((c) => c.group === ALL_GROUPS);
  const rowStock =
    by === "month" ? [] : by === "occupationGroup" ? stock.filter((c) => c.group !== ALL_GROUPS) : once;
  const rows = new Map<string, Tally>();
  const tally = (key: string) => {
    const row = rows.get(key) ?? new Tally(protect);
    rows.set(key, row);
    return row;
  };
  for (const cell of rowStock) tally(keyOf(cell, by)).add(cell, STOCK_FIELDS, secret, PEOPLE);
  for (const cell of input.flows) tally(keyOf(cell, by)).add(cell, FLOW_PEOPLE, secret, PEOPLE);
  const total = new Tally(protect);
  for (const cell of once) total.add(cell, STOCK_FIELDS, secret, PEOPLE);
  for (const cell of input.flows) total.add(cell, FLOW_PEOPLE, secret, PEOPLE);

  const figures = (t: Tally, withStock: boolean) => {
    const item = (f: string) => (withStock ? t.exact(f) : null);
    const seats = item("seats");
    return {
      offers: item("offers"),
      places: item("places"),
      seats,
      // Never more seats taken than seats: those are published exactly.
      seatsTaken: withStock ? t.rounded("seatsTaken", seats ?? 0) : null,
      referrals: {
        proposed: t.rounded("proposed"),
        accepted: t.rounded("accepted"),
        declined: t.rounded("declined"),
        withdrawn: t.rounded("withdrawn"),
      },
      matchSearches: t.rounded("matchSearches"),
      zeroResultSearches: t.rounded("zeroResultSearches"),
      qualificationsStarted: t.rounded("qualificationsStarted"),
      qualificationsCompleted: t.rounded("qualificationsCompleted"),
      recognitionsFull: t.rounded("recognitionsFull"),
      employmentStarted: t.rounded("employmentStarted"),
      employmentAdequate: t.rounded("employmentAdequate"),
      iqQualificationsStarted: t.rounded("iqQualificationsStarted"),
    };
  };
  const reportRows: ReportRow[] = [...rows]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, row]) => ({
      key,
      label: labelOf(key, by, labels),
      ...figures(row, by !== "month" && input.stock !== undefined),
    }));
  const totals = figures(total, input.stock !== undefined);
  return { rows: reportRows, totals, suppressed: 0 };
}
