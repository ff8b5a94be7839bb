/**
 * Cell-key rounding of people-related figures, after the cell-key method of the Zensus 2022:
 * every published count is rounded to a multiple of 5, up or down as the cell's key says, and the
 * key depends only on which counted events make up the cell. So a figure reached through any
 * grouping, period or total is always published the same way, and any sum or difference of
 * published figures is a multiple of 5 — never an exact 1 to 4.
 *
 * We keep counters, not records: the i-th event counted in a base cell (figure × month ×
 * district × Berufsgruppe) stands in for a record, with a fixed pseudo-random key. A cell's key is
 * the sum of its events' keys modulo 2^32 (the Zensus' "sum of record keys, fractional part").
 */

const TWO_32 = 2 ** 32;
export const ROUNDING_BASE = 5;

/** FNV-1a over the text: a stable 32-bit seed per base cell. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit mixer (the finaliser of MurmurHash3): neighbouring inputs give unrelated outputs. */
export function mix(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Where a count was made: the base cell's identity (stock cells have month "stock"). */
export interface BaseCell {
  figure: string;
  month: string;
  district: string;
  group: string;
}

/**
 * The key share of the first `count` events of a base cell, in [0, 2^32). `secret` (per
 * deployment) keeps keys unguessable; the same secret must be used for every report.
 */
export function baseCellKey(cell: BaseCell, count: number, secret = ""): number {
  const seed = seedOf(`${secret}|${cell.figure}|${cell.month}|${cell.district}|${cell.group}`);
  let key = 0;
  for (let i = 1; i <= count; i++) key = (key + mix(seed + Math.imul(i, 0x9e3779b9))) % TWO_32;
  return key;
}

/** The key of a cell made of several base cells' key shares. */
export const combineKeys = (shares: readonly number[]) => shares.reduce((a, b) => (a + b) % TWO_32, 0);

/**
 * Rounds `value` to a multiple of 5: up with probability (value mod 5) / 5 over the keys, so the
 * published figures are right on average. Zero and multiples of 5 stay as they are. `cap` (seats
 * for seats taken) is never exceeded by rounding up, so "5 of 1 seat taken" cannot betray a 1.
 */
export function roundByKey(value: number, key: number, cap = Number.POSITIVE_INFINITY): number {
  const rest = value % ROUNDING_BASE;
  const down = value - rest;
  const up = rest > 0 && key * ROUNDING_BASE < rest * TWO_32 && down + ROUNDING_BASE <= cap;
  return up ? down + ROUNDING_BASE : down;
}
