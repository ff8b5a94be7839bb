import geohash from "ngeohash";
import { describe, expect, it } from "vitest";
import { distanceKm, type Point } from "../../shared/domain/geo.ts";
import { cellOf, coverCircle } from "../../shared/domain/geo-cover.ts";

const guetersloh = { lat: 51.9066, lon: 8.3784 };
const ALPHABET = "0123456789bcdefghjkmnpqrstuvwxyz";
/** Position of a cell in Z-order among the cells of its precision. */
const index = (hash: string) => [...hash].reduce((n, ch) => n * 32 + ALPHABET.indexOf(ch), 0);

/** The oracle: every cell of the given precision whose rectangle comes within `km` of the centre. */
function touching(center: Point, km: number, precision: number): number[] {
  const span = (km * 2) / 111.195 + 0.5;
  return geohash
    .bboxes(center.lat - span, center.lon - span * 2, center.lat + span, center.lon + span * 2, precision)
    .filter((hash) => {
      const [minLat, minLon, maxLat, maxLon] = geohash.decode_bbox(hash);
      const lat = Math.min(Math.max(center.lat, minLat), maxLat);
      const lon = Math.min(Math.max(center.lon, minLon), maxLon);
      return distanceKm(center, { lat, lon }) <= km;
    })
    .map(index)
    .sort((a, b) => a - b);
}
/** Runs of consecutive cells, as [first, last] indexes. */
function runsOf(cells: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const cell of cells) {
    const last = runs.at(-1);
    if (last && last[1] === cell - 1) last[1] = cell;
    else runs.push([cell, cell]);
  }
  return runs;
}
const asIndexes = (ranges: { first: string; last: string }[]) =>
  ranges.map((r) => [index(r.first), index(r.last)]);

describe("coverCircle: which cells it reads", () => {
  const cells = touching(guetersloh, 25, 5);
  const runs = runsOf(cells);

  it("with enough ranges, reads exactly the cells that touch the circle, one range per run", () => {
    const cover = coverCircle(guetersloh, 25, 1000);
    expect(asIndexes(cover.ranges)).toEqual(runs);
    expect(cover.touchingCells).toBe(cells.length);
    expect(cover.readCells).toBe(cells.length);
    expect(runs.length).toBeGreaterThan(8);
  });

  it("within 8 ranges, fills the smallest gaps and keeps the widest open (earlier first at equal width)", () => {
    const gaps = runs.slice(1).map((run, i) => ({ i, size: run[0] - (runs[i] as [number, number])[1] - 1 }));
    const open = gaps
      .toSorted((a, b) => b.size - a.size || a.i - b.i)
      .slice(0, 7)
      .map((g) => g.i)
      .toSorted((a, b) => a - b);
    const expected = [0, ...open.map((i) => i + 1)].map((start, k, starts) => [
      (runs[start] as [number, number])[0],
      (runs[(starts[k + 1] ?? runs.length) - 1] as [number, number])[1],
    ]);
    const cover = coverCircle(guetersloh, 25);
    expect(asIndexes(cover.ranges)).toEqual(expected);
    const filled = gaps.filter((g) => !open.includes(g.i)).reduce((n, g) => n + g.size, 0);
    expect(cover.touchingCells).toBe(cells.length);
    expect(cover.readCells).toBe(cells.length + filled);
  });

  it("with one range (or none asked), reads from the first to the last touching cell", () => {
    const span = [[cells[0], cells.at(-1)]];
    expect(asIndexes(coverCircle(guetersloh, 25, 1).ranges)).toEqual(span);
    expect(asIndexes(coverCircle(guetersloh, 25, 0).ranges)).toEqual(span);
    expect(coverCircle(guetersloh, 25, 1).readCells).toBe((cells.at(-1) ?? 0) - (cells[0] ?? 0) + 1);
  });

  it("reads the centre's cell for a radius of zero", () => {
    expect(coverCircle(guetersloh, 0)).toEqual({
      ranges: [{ first: cellOf(guetersloh, 5), last: cellOf(guetersloh, 5) }],
      touchingCells: 1,
      readCells: 1,
    });
  });
});

describe("coverCircle: cell size", () => {
  it("uses level-5 cells up to 75 km and level-4 cells above", () => {
    expect(coverCircle(guetersloh, 75).ranges[0]?.first).toHaveLength(5);
    expect(coverCircle(guetersloh, 75.1).ranges[0]?.first).toHaveLength(4);
    expect(coverCircle(guetersloh, 10, 8, 6).ranges[0]?.last).toHaveLength(6);
  });

  it("stores items in level-6 cells", () => {
    expect(cellOf(guetersloh)).toBe(geohash.encode(guetersloh.lat, guetersloh.lon, 6));
    expect(cellOf(guetersloh, 4)).toBe(cellOf(guetersloh).slice(0, 4));
  });
});
