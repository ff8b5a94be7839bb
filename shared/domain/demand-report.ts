import { baseCellKey, combineKeys, roundByKey } from "./statistics-protection.ts";

/** A counter as read: cases with this uncovered topic in a district × Berufsgruppe × month. */
export interface DemandCell {
  month: string;
  district: string;
  group: string;
  topicKey: string;
  /** The first wording counted, shown as the row's label. */
  topic: string;
  needs: number;
}

export type DemandBy = "topic" | "district";

/**
 * A topic is free text a coach typed: it is listed only once this many cases share it in the
 * period (and its rounded figure is not 0), so a wording that is one person's never shows.
 */
export const MIN_TOPIC_CASES = 3;

export interface DemandRow {
  key: string;
  label: string;
  needs: number;
  group?: string;
  groupLabel?: string;
}

interface Tally {
  exact: number;
  shares: number[];
  label: string;
  group?: string;
}

/**
 * Unmet demand per topic (within its Berufsgruppe) or per district: counts of people, so each
 * published figure is rounded by cell key like every other (statistics-protection.ts): the
 * base cell is topic × month × district × Berufsgruppe, and rows and total combine their keys.
 */
export function buildDemandReport(input: {
  cells: readonly DemandCell[];
  by: DemandBy;
  labels: { district(code: string): string; group(code: string): string };
  secret?: string;
  group?: string;
}) {
  const { by, labels, secret = "" } = input;
  const cells = input.cells.filter((c) => c.needs > 0 && (!input.group || c.group === input.group));
  const rows = new Map<string, Tally>();
  const total: Tally = { exact: 0, shares: [], label: "" };
  for (const cell of cells) {
    const share = baseCellKey(
      { figure: `demand|${cell.topicKey}`, month: cell.month, district: cell.district, group: cell.group },
      cell.needs,
      secret,
    );
    const key = by === "topic" ? `${cell.group}|${cell.topicKey}` : cell.district;
    const label = by === "topic" ? cell.topic : labels.district(cell.district);
    const row = rows.get(key) ?? {
      exact: 0,
      shares: [],
      label,
      ...(by === "topic" ? { group: cell.group } : {}),
    };
    rows.set(key, row);
    for (const t of [row, total]) {
      t.exact += cell.needs;
      t.shares.push(share);
    }
  }
  const rounded = (t: Tally) => roundByKey(t.exact, combineKeys(t.shares));
  let suppressed = 0;
  const listed: DemandRow[] = [];
  for (const [key, row] of rows) {
    const needs = rounded(row);
    if (by === "topic" && (row.exact < MIN_TOPIC_CASES || needs === 0)) {
      suppressed++;
      continue;
    }
    const group = row.group === undefined ? {} : { group: row.group, groupLabel: labels.group(row.group) };
    listed.push({ key, label: row.label, needs, ...group });
  }
  listed.sort((a, b) => (by === "topic" ? b.needs - a.needs : 0) || (a.key < b.key ? -1 : 1));
  return { rows: listed, totals: { needs: rounded(total) }, suppressed };
}
