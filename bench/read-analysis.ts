import { geoRange, matchPartition, onlinePrefix } from "../shared/db/keys.ts";
import { distanceKm } from "../shared/domain/geo.ts";
import { coverCircle } from "../shared/domain/geo-cover.ts";
import { kldbGroup } from "../shared/domain/kldb.ts";
import type { Candidate } from "./candidates.ts";
import type { MatchRun } from "./matching.ts";
import { rankLikeFindMatches, type StoredEntry } from "./scan-baseline.ts";

/**
 * Checks every indexed match against the Scan baseline on the same data (one full Scan of the
 * match entries, held in memory: the data does not change between matches), and explains the
 * read amplification: which of the items a match read lay outside the circle (the geohash cover
 * is wider than the circle) and which were inside but filtered (seats, dates, German level).
 */
export interface RadiusCheck {
  compared: number;
  mismatches: number;
  /** Matches whose items read ≠ the entries in their key ranges, recounted from the Scan. */
  readCountMismatches: number;
  itemsRead: number;
  outsideCircle: number;
  filteredInside: number;
  returned: number;
}

const lowerBound = (sorted: readonly StoredEntry[], sk: string) => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.SK ?? "") < sk) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The entries findMatches' Queries read: each merged geohash range, plus the online offers. */
function entriesRead(sorted: readonly StoredEntry[], candidate: Candidate, radiusKm: number): StoredEntry[] {
  const read: StoredEntry[] = [];
  for (const range of coverCircle(candidate.profile.point, radiusKm).ranges) {
    const { from, to } = geoRange(range.first, range.last);
    for (let i = lowerBound(sorted, from); i < sorted.length && (sorted[i]?.SK ?? "") <= to; i++) {
      const stored = sorted[i];
      if (stored) read.push(stored);
    }
  }
  for (let i = lowerBound(sorted, onlinePrefix); sorted[i]?.SK.startsWith(onlinePrefix); i++) {
    const stored = sorted[i];
    if (stored) read.push(stored);
  }
  return read;
}

export function checkAgainstScan(
  all: Map<string, StoredEntry[]>,
  candidates: readonly Candidate[],
  runs: readonly MatchRun[],
  today: string,
): { byRadius: Map<number, RadiusCheck>; examples: string[] } {
  for (const list of all.values()) list.sort((a, b) => (a.SK < b.SK ? -1 : a.SK > b.SK ? 1 : 0));
  const byRadius = new Map<number, RadiusCheck>();
  const examples: string[] = [];
  for (const run of runs) {
    const candidate = candidates[run.candidate];
    if (!candidate || run.error) continue;
    const check = byRadius.get(run.radiusKm) ?? {
      ...{ compared: 0, mismatches: 0, readCountMismatches: 0 },
      ...{ itemsRead: 0, outsideCircle: 0, filteredInside: 0, returned: 0 },
    };
    byRadius.set(run.radiusKm, check);
    const group = all.get(matchPartition(kldbGroup(candidate.profile.occupation))) ?? [];
    const profile = { ...candidate.profile, radiusKm: run.radiusKm };
    const baseline = rankLikeFindMatches(
      group.map((s) => s.entry),
      profile,
      today,
    );
    check.compared++;
    const same =
      baseline.returned === run.returned &&
      baseline.offers.join() === run.offers.join() &&
      baseline.places.join() === run.places.join();
    if (!same) {
      check.mismatches++;
      if (examples.length < 5) examples.push(`candidate ${run.candidate} at ${run.radiusKm} km`);
    }
    const read = entriesRead(group, candidate, run.radiusKm);
    // The help for an empty list reads beyond the key ranges: only the index reads are recounted.
    if (!run.helped && read.length !== run.itemsRead) check.readCountMismatches++;
    const outside = read.filter(
      ({ entry }) =>
        !entry.online &&
        entry.point !== undefined &&
        Math.round(distanceKm(profile.point, entry.point) * 10) / 10 > run.radiusKm,
    ).length;
    check.itemsRead += run.itemsRead;
    check.outsideCircle += outside;
    check.returned += run.returned;
    check.filteredInside += read.length - outside - run.returned;
  }
  return { byRadius, examples };
}
