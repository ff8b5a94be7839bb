import { type FlowField, ONLINE_DISTRICT, type StockField } from "./statistics.ts";

export type GroupBy = "district" | "state" | "occupationGroup" | "month";
export type Cell = {
  district: string;
  group: string;
  month?: string;
  figures: Partial<Record<string, number>>;
};
export type Shown = number | "<5";

export interface ReportRow {
  key: string;
  label: string;
  offers: number | null;
  places: number | null;
  seats: number | null;
  seatsTaken: number | null;
  referrals: { proposed: Shown; accepted: Shown; declined: Shown; withdrawn: Shown };
  matchSearches: Shown;
}

export interface Labels {
  district(code: string): string;
  state(code: string): string;
  group(code: string): string;
}

const PEOPLE: readonly FlowField[] = ["proposed", "accepted", "declined", "withdrawn", "matchSearches"];
const STOCK: readonly StockField[] = ["offers", "places", "seats", "seatsTaken"];
const isSmall = (n: number) => n >= 1 && n <= 4;

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

/**
 * Small counts of people-related figures (1–4) are shown as "<5". Secondary suppression: a column
 * with a single small cell also hides its next smallest cell, so the total minus the others does
 * not reveal it; a small total is hidden too.
 */
export function suppressColumn(
  values: number[],
  total: number,
): { shown: Shown[]; total: Shown; count: number } {
  const hidden = new Set(values.flatMap((v, i) => (isSmall(v) ? [i] : [])));
  if (hidden.size === 1) {
    const next = values
      .map((v, i) => ({ v, i }))
      .filter(({ v, i }) => v > 0 && !hidden.has(i))
      .sort((a, b) => a.v - b.v || a.i - b.i)[0];
    if (next) hidden.add(next.i);
  }
  const shown = values.map((v, i): Shown => (hidden.has(i) ? "<5" : v));
  const totalHidden = isSmall(total);
  return { shown, total: totalHidden ? "<5" : total, count: hidden.size + (totalHidden ? 1 : 0) };
}

export function buildReport(input: { stock: Cell[]; flows: Cell[]; by: GroupBy; labels: Labels }) {
  const { by, labels } = input;
  const sums = new Map<string, Partial<Record<string, number>>>();
  const add = (cell: Cell) => {
    const key = keyOf(cell, by);
    const row = sums.get(key) ?? {};
    for (const [field, value] of Object.entries(cell.figures)) row[field] = (row[field] ?? 0) + (value ?? 0);
    sums.set(key, row);
  };
  // Stock is a snapshot: it has no month, so month rows carry flows only.
  if (by !== "month") input.stock.forEach(add);
  input.flows.forEach(add);
  const stockTotals = Object.fromEntries(
    STOCK.map((f) => [f, input.stock.reduce((n, c) => n + (c.figures[f] ?? 0), 0)]),
  );

  const keys = [...sums.keys()].sort();
  const columns = Object.fromEntries(
    PEOPLE.map((field) => {
      const values = keys.map((k) => sums.get(k)?.[field] ?? 0);
      return [
        field,
        suppressColumn(
          values,
          values.reduce((a, b) => a + b, 0),
        ),
      ];
    }),
  );
  const people = (field: FlowField, i: number): Shown => columns[field]?.shown[i] ?? 0;
  const stock = (figures: Partial<Record<string, number>>, f: StockField) =>
    by === "month" ? null : (figures[f] ?? 0);
  const rows: ReportRow[] = keys.map((key, i) => {
    const figures = sums.get(key) ?? {};
    return {
      key,
      label: labelOf(key, by, labels),
      offers: stock(figures, "offers"),
      places: stock(figures, "places"),
      seats: stock(figures, "seats"),
      seatsTaken: stock(figures, "seatsTaken"),
      referrals: {
        proposed: people("proposed", i),
        accepted: people("accepted", i),
        declined: people("declined", i),
        withdrawn: people("withdrawn", i),
      },
      matchSearches: people("matchSearches", i),
    };
  });
  const total = (field: FlowField): Shown => columns[field]?.total ?? 0;
  return {
    rows,
    totals: {
      ...stockTotals,
      referrals: {
        proposed: total("proposed"),
        accepted: total("accepted"),
        declined: total("declined"),
        withdrawn: total("withdrawn"),
      },
      matchSearches: total("matchSearches"),
    },
    suppressed: PEOPLE.reduce((n, f) => n + (columns[f]?.count ?? 0), 0),
  };
}
